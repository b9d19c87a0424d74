package io.baton.bench;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.worker.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;

/**
 * The engine's yardstick: a process of one service task, started with a result (the call returns
 * when the instance completed) and worked by one streaming job worker that completes each job at
 * once. What it reaches per second is what the engine, its gRPC gateway and a client do with no
 * business work at all.
 */
final class BaselineProcess implements AutoCloseable {

  static final String PROCESS_ID = "bench-baseline";
  static final String JOB_TYPE = "bench.complete-step";

  private final CamundaClient client;
  private final JobWorker worker;

  private BaselineProcess(CamundaClient client, JobWorker worker) {
    this.client = client;
    this.worker = worker;
  }

  static BaselineProcess deploy(CamundaClient client) {
    BpmnModelInstance process =
        Bpmn.createExecutableProcess(PROCESS_ID)
            .startEvent("BaselineStartedEvent")
            .serviceTask("CompleteStepTask", task -> task.zeebeJobType(JOB_TYPE))
            .endEvent("BaselineCompletedEvent")
            .done();
    client.newDeployResourceCommand().addProcessModel(process, PROCESS_ID + ".bpmn").send().join();
    JobWorker worker =
        client
            .newWorker()
            .jobType(JOB_TYPE)
            .handler((jobs, job) -> jobs.newCompleteCommand(job).send())
            .streamEnabled(true)
            .maxJobsActive(64)
            .open();
    return new BaselineProcess(client, worker);
  }

  /** Starts one instance and returns when it completed. */
  Void runOne() {
    client
        .newCreateInstanceCommand()
        .bpmnProcessId(PROCESS_ID)
        .latestVersion()
        .withResult()
        .send()
        .join();
    return null;
  }

  @Override
  public void close() {
    worker.close();
  }
}
