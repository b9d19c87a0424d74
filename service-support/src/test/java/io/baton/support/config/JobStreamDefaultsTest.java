package io.baton.support.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.spring.properties.CamundaClientProperties;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.StandardEnvironment;

/**
 * The job workers of every service, as the shared defaults configure them: each takes pushed jobs
 * over one stream for as long as the service runs. The Camunda client recreates a stream by
 * cancelling it, and a job the engine pushed on it just before that never reaches the worker: it
 * waits for its job timeout (5 minutes), and so does the customer's journey. A stream recreated
 * every 2 minutes lost jobs that way under load.
 */
class JobStreamDefaultsTest {

  /** Longer than any service instance runs between two deployments. */
  private static final Duration LIFE_OF_A_SERVICE = Duration.ofDays(365);

  @Test
  void aHealthyJobStreamIsNeverRecreatedWhileTheServiceRuns() {
    StandardEnvironment environment = new StandardEnvironment();
    new ServiceDefaultsEnvironmentPostProcessor()
        .postProcessEnvironment(environment, new SpringApplication());

    CamundaClientProperties client =
        Binder.get(environment).bind("camunda.client", CamundaClientProperties.class).get();

    assertThat(client.getWorker().getDefaults().getStreamEnabled()).isTrue();
    assertThat(client.getWorker().getDefaults().getStreamTimeout())
        .isGreaterThan(LIFE_OF_A_SERVICE);
  }
}
