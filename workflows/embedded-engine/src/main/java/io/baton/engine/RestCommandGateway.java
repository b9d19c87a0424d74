package io.baton.engine;

import io.camunda.zeebe.logstreams.log.LogAppendEntry;
import io.camunda.zeebe.logstreams.log.LogStreamWriter;
import io.camunda.zeebe.logstreams.log.WriteContext;
import io.camunda.zeebe.protocol.impl.record.RecordMetadata;
import io.camunda.zeebe.protocol.impl.record.UnifiedRecordValue;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.Intent;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes commands for REST requests into the engine's log, as the Camunda gateway does for the
 * broker, and waits for the engine's answer. Task listeners, output mappings and every other engine
 * rule therefore apply exactly as in Camunda.
 */
public final class RestCommandGateway {

  /** Marks REST requests' commands; ZPT's gRPC gateway writes its own with the partition id, 1. */
  static final int REQUEST_STREAM_ID = 2;

  private final LogStreamWriter writer;
  private final Duration defaultTimeout;
  private final Map<Long, CompletableFuture<CommandResponse>> pending = new ConcurrentHashMap<>();
  // Request ids start from the clock so that answers to commands from an earlier run never match.
  private final AtomicLong requestIds = new AtomicLong(System.currentTimeMillis() << 16);

  RestCommandGateway(final LogStreamWriter writer, final Duration timeout) {
    this.writer = writer;
    defaultTimeout = timeout;
  }

  /**
   * Writes the command and returns the engine's resulting event value.
   *
   * @throws CommandRejectedException if the engine rejected the command
   * @throws EngineUnavailableException if the command could not be written or the engine stopped
   * @throws CommandTimeoutException if the command was not answered in time
   */
  public CommandResponse send(
      final ValueType valueType,
      final Intent intent,
      final long key,
      final UnifiedRecordValue command) {
    return send(valueType, intent, key, command, defaultTimeout);
  }

  /**
   * Like {@link #send(ValueType, Intent, long, UnifiedRecordValue)}, waiting as long as the request
   * asks for: the engine answers some commands only later, e.g. a process instance created with
   * awaiting its result once the instance completes.
   */
  public CommandResponse send(
      final ValueType valueType,
      final Intent intent,
      final long key,
      final UnifiedRecordValue command,
      final Duration timeout) {
    final long requestId = requestIds.incrementAndGet();
    final CompletableFuture<CommandResponse> answer = new CompletableFuture<>();
    pending.put(requestId, answer);
    try {
      write(valueType, intent, key, command, requestId);
      final CommandResponse response = answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (response.isRejection()) {
        throw new CommandRejectedException(
            response.intent(), response.rejectionType(), response.rejectionReason());
      }
      return response;
    } catch (final TimeoutException e) {
      throw new CommandTimeoutException(
          "Command '%s' was not answered by the engine within %s".formatted(intent, timeout));
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EngineUnavailableException("Interrupted while waiting for the engine");
    } catch (final ExecutionException e) {
      throw new EngineUnavailableException("The engine failed the command: " + e.getCause());
    } finally {
      pending.remove(requestId);
    }
  }

  /** How long a command waits for the engine's answer unless its request says otherwise. */
  Duration defaultTimeout() {
    return defaultTimeout;
  }

  void complete(final long requestId, final CommandResponse response) {
    final CompletableFuture<CommandResponse> answer = pending.get(requestId);
    if (answer != null) {
      answer.complete(response);
    }
  }

  void failAll() {
    final IllegalStateException stopped = new IllegalStateException("The engine stopped");
    pending.values().forEach(answer -> answer.completeExceptionally(stopped));
  }

  private void write(
      final ValueType valueType,
      final Intent intent,
      final long key,
      final UnifiedRecordValue command,
      final long requestId) {
    final RecordMetadata metadata =
        new RecordMetadata()
            .recordType(RecordType.COMMAND)
            .valueType(valueType)
            .intent(intent)
            .requestId(requestId)
            .requestStreamId(REQUEST_STREAM_ID);
    final boolean written;
    synchronized (writer) {
      written =
          writer
              .tryWrite(WriteContext.internal(), LogAppendEntry.of(key, metadata, command))
              .isRight();
    }
    if (!written) {
      throw new EngineUnavailableException("The engine did not accept command '" + intent + "'");
    }
  }
}
