package io.baton.support.config;

import io.baton.support.workflow.BoundedClose;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/** The service's Camunda client, as the Camunda starter makes it, closed within a bounded time. */
@AutoConfiguration(afterName = "io.camunda.client.spring.configuration.CamundaAutoConfiguration")
@ConditionalOnBean(CamundaClient.class)
public class EngineClientAutoConfiguration {

  /** The client's own close is taken over by {@link BoundedClose}. */
  @Bean
  static BeanFactoryPostProcessor engineClientCloseTakenOver() {
    return BoundedClose.takingOverTheClientsClose();
  }

  /** Closes the client within baton.engine-client.close-timeout, engine or no engine. */
  @Bean
  BoundedClose boundedEngineClientClose(
      CamundaClient client, @Value("${baton.engine-client.close-timeout:PT10S}") Duration timeout) {
    return new BoundedClose(client, timeout);
  }
}
