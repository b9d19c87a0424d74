package io.camunda.zeebe.process.test.engine;

import io.camunda.zeebe.engine.processing.streamprocessor.JobStreamer;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobResponse;
import io.camunda.zeebe.logstreams.log.LogStream;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.value.job.JobRecord;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.JobIntent;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.stream.api.InterPartitionCommandSender;
import io.grpc.BindableService;
import io.grpc.stub.StreamObserver;
import java.util.function.Function;

/**
 * The parts of zeebe-process-test's engine that Baton's embedded engine reuses: the gRPC gateway
 * that turns Zeebe gateway calls into log commands, its response writer, the job streamer and the
 * inter-partition command sender.
 *
 * <p>This class lives in ZPT's package only because those classes are package-private there; it
 * builds them as ZPT's {@code EngineFactory} does and hands them out behind public Zeebe
 * interfaces. Everything else of the embedded engine is in {@code io.baton.engine}.
 */
public record ZptGatewayParts(
    BindableService gateway,
    CommandResponseWriter grpcResponseWriter,
    InterPartitionCommandSender commandSender,
    JobStreamer jobStreamer) {

  /**
   * @param completeJobCommand builds the COMPLETE command of a job from the request; ZPT's own
   *     gateway drops the request's job result (task listener denial and corrections)
   */
  public static ZptGatewayParts create(
      final LogStream logStream,
      final int partitionId,
      final int gatewayPort,
      final Function<CompleteJobRequest, JobRecord> completeJobCommand) {
    final CommandWriter commandWriter = new CommandWriter(logStream.newLogStreamWriter());
    final GatewayRequestStore requestStore = new GatewayRequestStore();
    final InMemoryJobStreamer jobStreamer = new InMemoryJobStreamer(commandWriter);
    final GrpcToLogStreamGateway gateway =
        new JobResultGateway(
            commandWriter, partitionId, gatewayPort, requestStore, jobStreamer, completeJobCommand);
    return new ZptGatewayParts(
        gateway,
        new GrpcResponseWriter(gateway, requestStore, null),
        new CommandSender(commandWriter),
        jobStreamer);
  }

  /** ZPT's gateway, completing jobs with their result as Camunda's gateway does. */
  private static final class JobResultGateway extends GrpcToLogStreamGateway {

    private final CommandWriter writer;
    private final int partitionId;
    private final GatewayRequestStore requestStore;
    private final Function<CompleteJobRequest, JobRecord> completeJobCommand;

    private JobResultGateway(
        final CommandWriter writer,
        final int partitionId,
        final int port,
        final GatewayRequestStore requestStore,
        final InMemoryJobStreamer jobStreamer,
        final Function<CompleteJobRequest, JobRecord> completeJobCommand) {
      super(writer, partitionId, 1, port, requestStore, jobStreamer);
      this.writer = writer;
      this.partitionId = partitionId;
      this.requestStore = requestStore;
      this.completeJobCommand = completeJobCommand;
    }

    @Override
    public void completeJob(
        final CompleteJobRequest request,
        final StreamObserver<CompleteJobResponse> responseObserver) {
      final RecordMetadata metadata =
          new RecordMetadata()
              .recordType(RecordType.COMMAND)
              .requestStreamId(partitionId)
              .requestId(requestStore.registerNewRequest(request.getClass(), responseObserver))
              .valueType(ValueType.JOB)
              .intent(JobIntent.COMPLETE);
      writer.writeCommandWithKey(request.getJobKey(), completeJobCommand.apply(request), metadata);
    }
  }
}
