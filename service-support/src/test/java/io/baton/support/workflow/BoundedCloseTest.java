package io.baton.support.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.baton.support.config.EngineClientAutoConfiguration;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A service's context with a Camunda client defined as the Camunda starter defines it ({@code
 * destroyMethod = "close"}), whose close never returns, as it does when its engine went away.
 */
class BoundedCloseTest {

  private static final CountDownLatch NEVER = new CountDownLatch(1);

  private final ApplicationContextRunner service =
      new ApplicationContextRunner()
          .withInitializer(
              context ->
                  context
                      .getBeanFactory()
                      .setConversionService(ApplicationConversionService.getSharedInstance()))
          .withUserConfiguration(StarterLikeClient.class)
          .withConfiguration(AutoConfigurations.of(EngineClientAutoConfiguration.class))
          .withPropertyValues("baton.engine-client.close-timeout=PT0.2S");

  @Test
  void theContextClosesWithinTheTimeoutAndClosesTheClientOnce() {
    service.run(
        context -> {
          CamundaClient client = context.getBean(CamundaClient.class);

          assertTimeoutPreemptively(
              Duration.ofSeconds(10), () -> ((ConfigurableApplicationContext) context).close());

          verify(client, times(1)).close();
        });
  }

  @Test
  void withoutACamundaClientThereIsNothingToClose() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(EngineClientAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(BoundedClose.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class StarterLikeClient {

    @Bean(destroyMethod = "close")
    CamundaClient camundaClient() {
      CamundaClient client = mock(CamundaClient.class);
      doAnswer(
              invocation -> {
                NEVER.await();
                return null;
              })
          .when(client)
          .close();
      return client;
    }
  }
}
