package dev.keel.api.platform;

import com.google.protobuf.Timestamp;
import io.grpc.Server;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import io.grpc.stub.StreamObserver;
import io.temporal.api.enums.v1.IndexedValueType;
import io.temporal.api.enums.v1.TaskQueueType;
import io.temporal.api.operatorservice.v1.ListSearchAttributesRequest;
import io.temporal.api.operatorservice.v1.ListSearchAttributesResponse;
import io.temporal.api.operatorservice.v1.OperatorServiceGrpc;
import io.temporal.api.taskqueue.v1.PollerInfo;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueRequest;
import io.temporal.api.workflowservice.v1.DescribeTaskQueueResponse;
import io.temporal.api.workflowservice.v1.GetSystemInfoRequest;
import io.temporal.api.workflowservice.v1.GetSystemInfoResponse;
import io.temporal.api.workflowservice.v1.WorkflowServiceGrpc;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** An in-memory Temporal frontend that knows some search attributes and sees pollers on some task queues. */
final class FakeTemporal implements AutoCloseable {
    private final Set<String> attributes;
    /** "queue/WORKFLOW" or "queue/ACTIVITY" entries that have a fresh poller. */
    private final Set<String> polled;
    private final Server server;
    final WorkflowServiceStubs stubs;

    FakeTemporal(Set<String> attributes, Set<String> polled) {
        this.attributes = attributes;
        this.polled = polled;
        String name = "fake-temporal-" + UUID.randomUUID();
        try {
            server = InProcessServerBuilder.forName(name).directExecutor()
                    .addService(new Workflows()).addService(new Operators()).build().start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stubs = WorkflowServiceStubs.newServiceStubs(WorkflowServiceStubsOptions.newBuilder()
                .setChannel(InProcessChannelBuilder.forName(name).directExecutor().build()).build());
    }

    static String key(String queue, TaskQueueType type) {
        return queue + "/" + (type == TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW ? "WORKFLOW" : "ACTIVITY");
    }

    @Override
    public void close() {
        stubs.shutdownNow();
        server.shutdownNow();
    }

    private final class Workflows extends WorkflowServiceGrpc.WorkflowServiceImplBase {
        @Override
        public void getSystemInfo(GetSystemInfoRequest request, StreamObserver<GetSystemInfoResponse> answer) {
            answer.onNext(GetSystemInfoResponse.getDefaultInstance());
            answer.onCompleted();
        }

        @Override
        public void describeTaskQueue(DescribeTaskQueueRequest request, StreamObserver<DescribeTaskQueueResponse> answer) {
            DescribeTaskQueueResponse.Builder response = DescribeTaskQueueResponse.newBuilder();
            if (polled.contains(key(request.getTaskQueue().getName(), request.getTaskQueueType()))) {
                response.addPollers(PollerInfo.newBuilder().setIdentity("worker@fake")
                        .setLastAccessTime(Timestamp.newBuilder().setSeconds(Instant.now().getEpochSecond())));
            }
            answer.onNext(response.build());
            answer.onCompleted();
        }
    }

    private final class Operators extends OperatorServiceGrpc.OperatorServiceImplBase {
        @Override
        public void listSearchAttributes(ListSearchAttributesRequest request,
                                         StreamObserver<ListSearchAttributesResponse> answer) {
            ListSearchAttributesResponse.Builder response = ListSearchAttributesResponse.newBuilder();
            attributes.forEach(a -> response.putCustomAttributes(a, IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD));
            answer.onNext(response.build());
            answer.onCompleted();
        }
    }
}
