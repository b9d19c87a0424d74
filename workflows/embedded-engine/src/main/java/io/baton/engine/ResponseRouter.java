package io.baton.engine;

import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RejectionType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.stream.api.CommandResponseWriter;
import io.camunda.zeebe.util.buffer.BufferUtil;
import io.camunda.zeebe.util.buffer.BufferWriter;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's one {@link CommandResponseWriter}: answers to commands written for REST requests
 * (those with {@link RestCommandGateway#REQUEST_STREAM_ID}) go to the {@link RestCommandGateway},
 * all others to zeebe-process-test's gRPC response writer. Called on the stream processor's thread
 * only.
 */
final class ResponseRouter implements CommandResponseWriter {

  private static final Logger LOG = LoggerFactory.getLogger(ResponseRouter.class);

  private final CommandResponseWriter grpcWriter;
  private final RestCommandGateway restGateway;
  private long key;
  private Intent intent = Intent.UNKNOWN;
  private RejectionType rejectionType = RejectionType.NULL_VAL;
  private String rejectionReason = "";
  private byte[] value = new byte[0];

  ResponseRouter(final CommandResponseWriter grpcWriter, final RestCommandGateway restGateway) {
    this.grpcWriter = grpcWriter;
    this.restGateway = restGateway;
  }

  @Override
  public CommandResponseWriter partitionId(final int partitionId) {
    grpcWriter.partitionId(partitionId);
    return this;
  }

  @Override
  public CommandResponseWriter key(final long key) {
    grpcWriter.key(key);
    this.key = key;
    return this;
  }

  @Override
  public CommandResponseWriter intent(final Intent intent) {
    grpcWriter.intent(intent);
    this.intent = intent;
    return this;
  }

  @Override
  public CommandResponseWriter recordType(final RecordType type) {
    grpcWriter.recordType(type);
    return this;
  }

  @Override
  public CommandResponseWriter valueType(final ValueType valueType) {
    grpcWriter.valueType(valueType);
    return this;
  }

  @Override
  public CommandResponseWriter rejectionType(final RejectionType rejectionType) {
    grpcWriter.rejectionType(rejectionType);
    this.rejectionType = rejectionType;
    return this;
  }

  @Override
  public CommandResponseWriter rejectionReason(final DirectBuffer rejectionReason) {
    grpcWriter.rejectionReason(rejectionReason);
    this.rejectionReason = BufferUtil.bufferAsString(rejectionReason);
    return this;
  }

  @Override
  public CommandResponseWriter valueWriter(final BufferWriter valueWriter) {
    grpcWriter.valueWriter(valueWriter);
    value = new byte[valueWriter.getLength()];
    valueWriter.write(new UnsafeBuffer(value), 0);
    return this;
  }

  @Override
  public void tryWriteResponse(final int requestStreamId, final long requestId) {
    if (requestStreamId == RestCommandGateway.REQUEST_STREAM_ID) {
      restGateway.complete(
          requestId, new CommandResponse(key, intent, rejectionType, rejectionReason, value));
      return;
    }
    try {
      grpcWriter.tryWriteResponse(requestStreamId, requestId);
    } catch (final RuntimeException noPendingRequest) {
      // A command written before a restart is answered after replay; its caller is gone.
      LOG.debug("Dropped the response to gRPC request {}: no caller waits for it", requestId);
    }
  }
}
