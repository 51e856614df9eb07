package dev.keel.platform.health;

import dev.keel.temporal.KeelSearchAttributes;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.operatorservice.v1.AddSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * External Temporal: registers the Keel search attributes the namespace lacks (the embedded servers register
 * their own). When the server does not allow it, the start stops with one line holding the commands to run.
 * An unreachable Temporal only warns: {@code /health} reports the attributes once it answers.
 */
@Component
@ConditionalOnProperty(name = "keel.temporal.mode", havingValue = "external")
public class SearchAttributeRegistration implements InitializingBean {
    private static final Logger LOG = LoggerFactory.getLogger(SearchAttributeRegistration.class);
    private static final Set<Status.Code> UNREACHABLE = Set.of(Status.Code.UNAVAILABLE, Status.Code.DEADLINE_EXCEEDED);

    private final OperatorStubs operator;

    public SearchAttributeRegistration(OperatorStubs operator) {
        this.operator = operator;
    }

    @Override
    public void afterPropertiesSet() {
        List<String> missing;
        try {
            Set<String> existing = operator.get().blockingStub().withDeadlineAfter(10, TimeUnit.SECONDS)
                    .listSearchAttributes(ListSearchAttributesRequest.newBuilder().setNamespace(operator.namespace())
                            .build()).getCustomAttributesMap().keySet();
            missing = names().stream().filter(n -> !existing.contains(n)).toList();
        } catch (StatusRuntimeException e) {
            if (UNREACHABLE.contains(e.getStatus().getCode())) {
                LOG.warn("Temporal is unreachable at start ({}): Keel's search attributes were not checked;"
                        + " /health reports them once it answers", e.getStatus().getCode());
                return;
            }
            throw refusal(names(), e);
        }
        if (!missing.isEmpty()) {
            register(missing);
        }
    }

    private void register(List<String> missing) {
        AddSearchAttributesRequest.Builder request = AddSearchAttributesRequest.newBuilder().setNamespace(operator.namespace());
        missing.forEach(name -> request.putSearchAttributes(name, IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
        try {
            operator.get().blockingStub().withDeadlineAfter(30, TimeUnit.SECONDS).addSearchAttributes(request.build());
            LOG.info("Registered search attributes {} in Temporal namespace {}", missing, operator.namespace());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() != Status.Code.ALREADY_EXISTS) {
                throw refusal(missing, e);
            }
        }
    }

    private IllegalStateException refusal(List<String> missing, StatusRuntimeException cause) {
        String line = "Keel's search attributes " + missing + " are missing in Temporal namespace " + operator.namespace()
                + " and this process could not register them (" + cause.getStatus().getCode() + "); run: "
                + commands(missing, operator.namespace());
        LOG.error(line);
        return new IllegalStateException(line, cause);
    }

    /** The {@code temporal} CLI commands that register {@code missing} in {@code namespace}, joined by "&&". */
    public static String commands(List<String> missing, String namespace) {
        return missing.stream().map(name -> "temporal operator search-attribute create --namespace " + namespace
                + " --name " + name + " --type Keyword").collect(Collectors.joining(" && "));
    }

    private static List<String> names() {
        return KeelSearchAttributes.CLI_DEFINITIONS.stream().map(d -> d.substring(0, d.indexOf('='))).toList();
    }
}
