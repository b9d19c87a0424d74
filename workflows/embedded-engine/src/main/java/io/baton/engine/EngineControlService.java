package io.baton.engine;

import io.camunda.zeebe.process.test.engine.protocol.EngineControlGrpc.EngineControlImplBase;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.GetRecordsRequest;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.IncreaseTimeRequest;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.IncreaseTimeResponse;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.RecordResponse;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.ResetEngineRequest;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.ResetEngineResponse;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.StartEngineRequest;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.StartEngineResponse;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.StopEngineRequest;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.StopEngineResponse;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.WaitForBusyStateRequest;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.WaitForBusyStateResponse;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.WaitForIdleStateRequest;
import io.camunda.zeebe.process.test.engine.protocol.EngineControlOuterClass.WaitForIdleStateResponse;
import io.camunda.zeebe.protocol.record.Record;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * zeebe-process-test's engine-control protocol, as its engine agent serves it, so tests can drive
 * this engine with {@code ContainerizedEngine}: BpmnAssert's records, time travel, idle and busy
 * waits, and reset.
 */
final class EngineControlService extends EngineControlImplBase {

  private final EngineRuntime runtime;
  private final List<String> recordsAsJson = new ArrayList<>();
  private RecordLog recordSource;

  EngineControlService(final EngineRuntime runtime) {
    this.runtime = runtime;
  }

  @Override
  public void startEngine(
      final StartEngineRequest request, final StreamObserver<StartEngineResponse> observer) {
    runtime.startEngine();
    reply(observer, StartEngineResponse.getDefaultInstance());
  }

  @Override
  public void stopEngine(
      final StopEngineRequest request, final StreamObserver<StopEngineResponse> observer) {
    runtime.stopEngine();
    reply(observer, StopEngineResponse.getDefaultInstance());
  }

  @Override
  public void resetEngine(
      final ResetEngineRequest request, final StreamObserver<ResetEngineResponse> observer) {
    runtime.reset();
    reply(observer, ResetEngineResponse.getDefaultInstance());
  }

  @Override
  public void increaseTime(
      final IncreaseTimeRequest request, final StreamObserver<IncreaseTimeResponse> observer) {
    runtime.engine().increaseTime(Duration.ofMillis(request.getMilliseconds()));
    reply(observer, IncreaseTimeResponse.getDefaultInstance());
  }

  @Override
  public void waitForIdleState(
      final WaitForIdleStateRequest request,
      final StreamObserver<WaitForIdleStateResponse> observer) {
    awaitState(
        timeout -> runtime.engine().waitForIdleState(timeout),
        Duration.ofMillis(request.getTimeout()),
        observer,
        WaitForIdleStateResponse.getDefaultInstance());
  }

  @Override
  public void waitForBusyState(
      final WaitForBusyStateRequest request,
      final StreamObserver<WaitForBusyStateResponse> observer) {
    awaitState(
        timeout -> runtime.engine().waitForBusyState(timeout),
        Duration.ofMillis(request.getTimeout()),
        observer,
        WaitForBusyStateResponse.getDefaultInstance());
  }

  private static <T> void awaitState(
      final StateWait wait,
      final Duration timeout,
      final StreamObserver<T> observer,
      final T response) {
    try {
      wait.await(timeout);
      reply(observer, response);
    } catch (final InterruptedException e) {
      Thread.currentThread().interrupt();
      observer.onError(Status.INTERNAL.withCause(e).asException());
    } catch (final TimeoutException e) {
      observer.onError(Status.DEADLINE_EXCEEDED.withDescription(e.getMessage()).asException());
    }
  }

  /** Waits for the engine to reach a state (idle or busy) within the timeout. */
  @FunctionalInterface
  private interface StateWait {
    void await(Duration timeout) throws InterruptedException, TimeoutException;
  }

  @Override
  public void getRecords(
      final GetRecordsRequest request, final StreamObserver<RecordResponse> observer) {
    recordsAsJson(runtime.engine().records())
        .forEach(json -> observer.onNext(RecordResponse.newBuilder().setRecordJson(json).build()));
    observer.onCompleted();
  }

  /** All records of the engine's log as JSON, serialized once each (a reset starts anew). */
  private synchronized List<String> recordsAsJson(final RecordLog records) {
    if (records != recordSource) {
      recordSource = records;
      recordsAsJson.clear();
    }
    records.since(recordsAsJson.size()).stream().map(Record::toJson).forEach(recordsAsJson::add);
    return List.copyOf(recordsAsJson);
  }

  private static <T> void reply(final StreamObserver<T> observer, final T response) {
    observer.onNext(response);
    observer.onCompleted();
  }
}
