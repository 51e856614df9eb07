package dev.keel.platform.health;

import com.google.common.util.concurrent.ListenableFuture;
import dev.keel.temporal.KeelSearchAttributes;
import dev.keel.temporal.WorkflowKind;
import io.temporal.api.enums.v1.TaskQueueKind;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesResponse;
import io.temporal.api.taskqueue.v1.TaskQueue;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueResponse;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.serviceclient.WorkflowServiceStubs;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Asks Temporal, all at once and within one deadline: is it there, are Keel's search attributes registered, and
 * which workers poll each task queue of the catalogue (a poller counts when seen in the last {@link #FRESH}: an
 * idle worker renews its long poll about every minute).
 */
@Component
public class TemporalProbe {
    static final Duration FRESH = Duration.ofMinutes(2);

    private final WorkflowServiceStubs stubs;
    private final OperatorStubs operator;
    private final Clock clock = Clock.systemUTC();

    public TemporalProbe(WorkflowServiceStubs stubs, OperatorStubs operator) {
        this.stubs = stubs;
        this.operator = operator;
    }

    public TemporalState check(Duration budget) {
        try {
            return ask(budget);
        } catch (RuntimeException e) {
            return TemporalState.unreachable();
        }
    }

    /** The SDK's stubs may call Temporal on the caller's thread (capabilities) and throw. */
    private TemporalState ask(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        var workflow = stubs.futureStub().withDeadlineAfter(budget.toMillis(), TimeUnit.MILLISECONDS);
        var info = workflow.getSystemInfo(GetSystemInfoRequest.getDefaultInstance());
        var attributes = operator.get().futureStub().withDeadlineAfter(budget.toMillis(), TimeUnit.MILLISECONDS)
                .listSearchAttributes(ListSearchAttributesRequest.newBuilder().setNamespace(operator.namespace()).build());
        Map<String, List<ListenableFuture<DescribeTaskQueueResponse>>> pollers = new LinkedHashMap<>();
        for (String queue : taskQueues()) {
            pollers.put(queue, List.of(workflow.describeTaskQueue(describe(queue, TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW)),
                    workflow.describeTaskQueue(describe(queue, TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY))));
        }
        if (await(info, deadline) == null) {
            return TemporalState.unreachable();
        }
        ListSearchAttributesResponse listed = await(attributes, deadline);
        List<String> missing = listed == null ? null : KeelSearchAttributes.CLI_DEFINITIONS.stream()
                .map(d -> d.substring(0, d.indexOf('='))).filter(n -> !listed.getCustomAttributesMap().containsKey(n))
                .toList();
        Map<String, QueuePollers> queues = new LinkedHashMap<>();
        pollers.forEach((queue, answers) -> queues.put(queue, pollers(await(answers.get(0), deadline),
                await(answers.get(1), deadline))));
        return new TemporalState(true, missing, queues);
    }

    static List<String> taskQueues() {
        return Arrays.stream(WorkflowKind.values()).map(WorkflowKind::taskQueue).distinct().sorted().toList();
    }

    private DescribeTaskQueueRequest describe(String queue, TaskQueueType type) {
        return DescribeTaskQueueRequest.newBuilder().setNamespace(operator.namespace())
                .setTaskQueue(TaskQueue.newBuilder().setName(queue).setKind(TaskQueueKind.TASK_QUEUE_KIND_NORMAL))
                .setTaskQueueType(type).build();
    }

    private QueuePollers pollers(DescribeTaskQueueResponse workflows, DescribeTaskQueueResponse activities) {
        if (workflows == null || activities == null) {
            return QueuePollers.unknown();
        }
        return new QueuePollers(fresh(workflows), fresh(activities), true);
    }

    private int fresh(DescribeTaskQueueResponse response) {
        Instant since = clock.instant().minus(FRESH);
        return (int) response.getPollersList().stream()
                .filter(p -> Instant.ofEpochSecond(p.getLastAccessTime().getSeconds()).isAfter(since)).count();
    }

    /** The answer, or null when it failed or did not come before the deadline. */
    private static <T> T await(ListenableFuture<T> future, long deadlineNanos) {
        try {
            return future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            future.cancel(true);
            return null;
        }
    }
}
