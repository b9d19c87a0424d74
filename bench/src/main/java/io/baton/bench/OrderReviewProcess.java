package io.baton.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobHandler;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The journey of the engine benchmarks: a small but real process, the shape of Baton's own (service
 * tasks around a person's decision, a task listener), without their business services, so that what
 * it measures is the engine.
 *
 * <pre>
 * start -> Prepare the order (service task) -> Review the order (user task, candidate group
 *   order-reviewers; a "creating" task listener assigns it) -> Record the decision (service task)
 *   -> Notify the customer (service task) -> end
 * </pre>
 *
 * The instance is created with a result (the call returns when the instance completed). Job workers
 * get every job by job push (a job stream, not polling), complete it at once with a few variables,
 * and so does the listener, correcting the task's assignee; as soon as the listener's job is
 * completed the driver completes the review task over REST, as the reviewer's inbox would. Every
 * step is learnt from the engine (a pushed job, a command's response, the instance's result), never
 * by polling or sleeping, so each step's time is the engine's.
 */
final class OrderReviewProcess implements AutoCloseable {

  private static final String PROCESS_ID = "bench-order-review";
  private static final String PREPARE = "bench.order-review.prepare";
  private static final String ASSIGN = "bench.order-review.assign";
  private static final String RECORD = "bench.order-review.record";
  private static final String NOTIFY = "bench.order-review.notify";
  private static final String JOURNEY = "journeyId";
  private static final Duration JOURNEY_TIMEOUT = Duration.ofMinutes(2);
  private static final int JOBS_IN_FLIGHT = 128;

  /**
   * The steps of a journey in order; the automated ones run from the driver's last action to what
   * the engine does next.
   */
  enum Step {
    START_TO_PREPARE(
        "instance created -> prepare job pushed",
        "create command (gRPC), start event, service task activated, job pushed",
        true),
    PREPARE_TO_TASK(
        "prepare completed -> review task created",
        "job completed, user task created, its creating listener's job pushed",
        true),
    ASSIGN_CALL(
        "API: complete the listener's job",
        "job completion with a result correcting the assignee (gRPC)",
        false),
    COMPLETE_TASK_CALL(
        "API: complete the review task", "POST /v2/user-tasks/{key}/completion (REST)", false),
    TASK_TO_RECORD(
        "review completed -> record job pushed",
        "user task completed, service task activated, job pushed",
        true),
    RECORD_TO_NOTIFY(
        "record completed -> notify job pushed",
        "job completed, service task activated, job pushed",
        true),
    NOTIFY_TO_END(
        "notify completed -> instance completed",
        "job completed, end event, the create command's result returned",
        true);

    final String label;
    final String work;
    final boolean automated;

    Step(String label, String work, boolean automated) {
      this.label = label;
      this.work = work;
      this.automated = automated;
    }
  }

  /** The time of each step of one journey, in nanoseconds. */
  record Timings(Map<Step, Long> nanos) {}

  /**
   * What {@link #runMany} did: how many journeys completed, in how long, and the failure that
   * stopped it (null when all completed).
   */
  record Batch(int completed, Duration took, Throwable failure) {}

  private final CamundaClient client;
  private final List<JobWorker> workers;
  private final Map<String, Journey> running = new ConcurrentHashMap<>();
  private final AtomicLong started = new AtomicLong();

  private OrderReviewProcess(CamundaClient client) {
    this.client = client;
    this.workers =
        List.of(
            worker(
                PREPARE,
                (jobs, job, journey) ->
                    complete(
                        jobs,
                        job,
                        journey,
                        Step.START_TO_PREPARE,
                        Map.of("stock", "reserved", "discount", 0.05))),
            worker(ASSIGN, this::assignAndReview),
            worker(
                RECORD,
                (jobs, job, journey) ->
                    complete(
                        jobs,
                        job,
                        journey,
                        Step.TASK_TO_RECORD,
                        Map.of("recordedAt", Instant.now().toString()))),
            worker(
                NOTIFY,
                (jobs, job, journey) ->
                    complete(jobs, job, journey, Step.RECORD_TO_NOTIFY, Map.of("notified", true))));
  }

  /** Deploys the process (unchanged, it keeps its version) and opens the job workers. */
  static OrderReviewProcess deploy(CamundaClient client) {
    client.newDeployResourceCommand().addProcessModel(model(), PROCESS_ID + ".bpmn").send().join();
    return attach(client);
  }

  /** Opens the job workers of a process the engine has (deployed before it restarted, say). */
  static OrderReviewProcess attach(CamundaClient client) {
    return new OrderReviewProcess(client);
  }

  private static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(PROCESS_ID)
        .name("Order review (benchmark)")
        .startEvent("OrderReceivedEvent")
        .serviceTask(
            "PrepareOrderTask", task -> task.name("Prepare the order").zeebeJobType(PREPARE))
        .userTask(
            "ReviewOrderTask",
            task ->
                task.name("Review the order")
                    .zeebeUserTask()
                    .zeebeCandidateGroups("order-reviewers")
                    .zeebeTaskListener(listener -> listener.creating().type(ASSIGN)))
        .serviceTask(
            "RecordDecisionTask", task -> task.name("Record the decision").zeebeJobType(RECORD))
        .serviceTask(
            "NotifyCustomerTask", task -> task.name("Notify the customer").zeebeJobType(NOTIFY))
        .endEvent("OrderReviewedEvent")
        .done();
  }

  /** Starts one journey; completes with its timings once the instance completed. */
  CompletableFuture<Timings> start() {
    long number = started.incrementAndGet();
    String id = "journey-" + number;
    Journey journey = new Journey();
    running.put(id, journey);
    journey.acted();
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .variables(order(id, number))
        .withResult()
        .fetchVariables(JOURNEY)
        .requestTimeout(JOURNEY_TIMEOUT)
        .send()
        .whenComplete(
            (result, failure) -> {
              if (failure == null) {
                journey.stepDone(Step.NOTIFY_TO_END);
                journey.done.complete(new Timings(journey.timings()));
              } else {
                journey.done.completeExceptionally(failure);
              }
            });
    return journey.done.whenComplete((timings, failure) -> running.remove(id));
  }

  /** Runs one journey and returns its timings once it completed. */
  Timings runOne() throws InterruptedException, ExecutionException {
    return start().get();
  }

  /**
   * Runs {@code count} journeys, {@code inFlight} at a time, and returns once they completed, or at
   * the first that failed (leaving those in flight), or when none completed for {@code stall} or
   * {@code deadline} ({@link System#nanoTime()}) passed.
   */
  Batch runMany(int count, int inFlight, Duration stall, long deadline)
      throws InterruptedException {
    long begun = System.nanoTime();
    Semaphore slots = new Semaphore(inFlight);
    AtomicLong completed = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    for (int i = 0; i < count && failure.get() == null; i++) {
      awaitSlots(slots, 1, stall, deadline, failure);
      if (failure.get() == null) {
        start()
            .whenComplete(
                (timings, error) -> {
                  if (error == null) {
                    completed.incrementAndGet();
                  } else {
                    failure.compareAndSet(null, error);
                  }
                  slots.release();
                });
      }
    }
    if (failure.get() == null) {
      awaitSlots(slots, inFlight, stall, deadline, failure);
    }
    return new Batch(
        (int) completed.get(), Duration.ofNanos(System.nanoTime() - begun), failure.get());
  }

  private static void awaitSlots(
      Semaphore slots,
      int permits,
      Duration stall,
      long deadline,
      AtomicReference<Throwable> failure)
      throws InterruptedException {
    long wait = Math.min(stall.toNanos(), deadline - System.nanoTime());
    if (wait <= 0 || !slots.tryAcquire(permits, wait, TimeUnit.NANOSECONDS)) {
      failure.compareAndSet(
          null,
          new TimeoutException(
              System.nanoTime() >= deadline
                  ? "The deadline passed"
                  : "No journey completed for " + stall.toSeconds() + " s"));
    }
  }

  /** What the listener does: assigns the task, then the reviewer completes it over REST. */
  private void assignAndReview(JobClient jobs, ActivatedJob job, Journey journey) {
    journey.stepDone(Step.PREPARE_TO_TASK);
    long userTaskKey = userTaskKey(job);
    long assignSent = System.nanoTime();
    jobs.newCompleteCommand(job)
        .withResult(
            result -> result.forUserTask().correctAssignee("reviewer-" + (userTaskKey % 20)))
        .send()
        .thenCompose(
            assigned -> {
              journey.record(Step.ASSIGN_CALL, System.nanoTime() - assignSent);
              journey.acted();
              long completeSent = System.nanoTime();
              return client
                  .newCompleteUserTaskCommand(userTaskKey)
                  .variables(
                      Map.of("approved", true, "reviewComment", "Quantities and discount checked"))
                  .send()
                  .thenAccept(
                      completedTask ->
                          journey.record(
                              Step.COMPLETE_TASK_CALL, System.nanoTime() - completeSent));
            })
        .whenComplete(journey::failOn);
  }

  /** The user task of a listener's job, as the engine hands it to the worker. */
  private static long userTaskKey(ActivatedJob job) {
    return job.getUserTask().getUserTaskKey();
  }

  /**
   * Completes a service task's job at once with a few variables, once the step that brought it is
   * timed.
   */
  private static void complete(
      JobClient jobs, ActivatedJob job, Journey journey, Step step, Map<String, Object> variables) {
    journey.stepDone(step);
    journey.acted();
    jobs.newCompleteCommand(job).variables(variables).send().whenComplete(journey::failOn);
  }

  /**
   * One streaming worker of a job type; a job of no running journey (none expected) is completed
   * untimed.
   */
  private JobWorker worker(String type, JourneyJobHandler handler) {
    JobHandler onJob =
        (jobs, job) -> {
          Journey journey =
              running.getOrDefault(String.valueOf(job.getVariable(JOURNEY)), new Journey());
          try {
            handler.handle(jobs, job, journey);
          } catch (RuntimeException e) {
            journey.done.completeExceptionally(e);
            throw e;
          }
        };
    return client
        .newWorker()
        .jobType(type)
        .handler(onJob)
        .streamEnabled(true)
        .maxJobsActive(JOBS_IN_FLIGHT)
        .fetchVariables(JOURNEY)
        .timeout(JOURNEY_TIMEOUT)
        .open();
  }

  /** A job handler that knows the job's journey. */
  @FunctionalInterface
  private interface JourneyJobHandler {
    void handle(JobClient jobs, ActivatedJob job, Journey journey);
  }

  /** An order of a few items, as a shop or CRM would send it. */
  private static Map<String, Object> order(String id, long number) {
    return Map.of(
        JOURNEY,
        id,
        "orderId",
        "order-" + number,
        "customer",
        Map.of("name", "Customer " + number, "segment", "mid-market", "country", "DE"),
        "items",
        List.of(
            Map.of("sku", "SEAT-ANNUAL", "quantity", 25, "unitPrice", 480),
            Map.of("sku", "SSO-ADDON", "quantity", 1, "unitPrice", 2400),
            Map.of("sku", "ONBOARDING", "quantity", 1, "unitPrice", 1500)),
        "amount",
        15_900);
  }

  @Override
  public void close() {
    workers.forEach(JobWorker::close);
  }

  /** One journey's timings as they happen (on the workers' and the clients' threads). */
  private static final class Journey {

    private final CompletableFuture<Timings> done = new CompletableFuture<>();
    private final EnumMap<Step, Long> nanos = new EnumMap<>(Step.class);
    private long lastAction;

    /**
     * The driver acted (created the instance, sent a completion): the next automated step starts.
     */
    synchronized void acted() {
      lastAction = System.nanoTime();
    }

    /** The engine did what the driver's last action led to. */
    synchronized void stepDone(Step step) {
      nanos.put(step, System.nanoTime() - lastAction);
    }

    synchronized void record(Step step, long took) {
      nanos.put(step, took);
    }

    synchronized Map<Step, Long> timings() {
      return Map.copyOf(nanos);
    }

    /** Fails the journey when a command it sent failed. */
    void failOn(Object response, Throwable failure) {
      if (failure != null) {
        done.completeExceptionally(failure);
      }
    }
  }
}
