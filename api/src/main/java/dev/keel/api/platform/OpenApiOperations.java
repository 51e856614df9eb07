package dev.keel.api.platform;

import dev.keel.api.identity.Caller;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import java.util.Arrays;
import java.util.List;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;

/**
 * Per operation: the product tag (from the controller's package, or its {@code @Tag}), the security requirement
 * of a handler that takes a {@link Caller}, and the error responses every such operation can give, all with
 * the {@code {"detail"}} body, plus the handler's own {@link ApiError}s. docs/API-CONTRACT.md.
 */
@Component
public class OpenApiOperations implements GlobalOperationCustomizer {
    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        operation.setTags(List.of(tag(handler.getBeanType())));
        boolean takesCaller = Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> p.getParameterType() == Caller.class);
        if (takesCaller && (operation.getSecurity() == null || operation.getSecurity().isEmpty())) {
            operation.setSecurity(List.of(new SecurityRequirement().addList(OpenApiConfig.BEARER),
                    new SecurityRequirement().addList(OpenApiConfig.API_KEY)));
        }
        for (ApiError error : AnnotatedElementUtils.findMergedRepeatableAnnotations(handler.getMethod(),
                ApiError.class)) {
            responses(operation).put(Integer.toString(error.status()),
                    new ApiResponse().description(error.description()));
        }
        addErrors(operation);
        return operation;
    }

    static String tag(Class<?> controller) {
        Tag tag = AnnotatedElementUtils.findMergedAnnotation(controller, Tag.class);
        if (tag != null) {
            return tag.name();
        }
        String pkg = controller.getPackageName();
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    private static ApiResponses responses(Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(new ApiResponses());
        }
        return operation.getResponses();
    }

    private static void addErrors(Operation operation) {
        ApiResponses responses = responses(operation);
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        add(responses, "400", "Malformed request: JSON, multipart body or query string");
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            add(responses, "401", "Missing, invalid, expired or revoked credentials");
            add(responses, "403", "The credentials do not allow this operation");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            add(responses, "404", "Not found in the caller's organization");
        }
        if (body) {
            add(responses, "413", "Request body too large");
            add(responses, "415", "Unsupported content type");
        }
        if (body || !parameters.isEmpty()) {
            add(responses, "422", "Invalid request: the detail names the field");
        }
        responses.forEach((code, response) -> {
            if (isError(code) && (code.startsWith("4") || response.getContent() == null
                    || response.getContent().isEmpty())) {
                response.setContent(errorContent());
            }
        });
    }

    private static void add(ApiResponses responses, String code, String description) {
        responses.putIfAbsent(code, new ApiResponse().description(description));
    }

    private static boolean isError(String code) {
        return code.startsWith("4") || code.startsWith("5");
    }

    private static Content errorContent() {
        Schema<?> ref = new Schema<>().$ref("#/components/schemas/" + OpenApiConfig.ERROR_SCHEMA);
        return new Content().addMediaType("application/json", new MediaType().schema(ref));
    }
}
