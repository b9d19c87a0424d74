package io.baton.support.config;

import io.baton.support.outbox.OutboxProperties;
import io.baton.support.outbox.OutboxRelay;
import io.camunda.client.CamundaClient;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The outbox relay of a service that names its outbox collections in {@code
 * baton.outbox.collections}.
 */
@AutoConfiguration(
    after = {MongoDataAutoConfiguration.class, ServiceSupportAutoConfiguration.class},
    afterName = "io.camunda.client.spring.configuration.CamundaAutoConfiguration")
@ConditionalOnProperty("baton.outbox.collections")
@ConditionalOnBean({MongoTemplate.class, CamundaClient.class})
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

  @Bean
  OutboxRelay outboxRelay(
      MongoTemplate mongoTemplate,
      CamundaClient camundaClient,
      OutboxProperties properties,
      Clock clock) {
    return new OutboxRelay(mongoTemplate, camundaClient, properties, clock);
  }

  @Bean(destroyMethod = "shutdown")
  TaskScheduler outboxSweeper(OutboxRelay relay, OutboxProperties properties) {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setThreadNamePrefix("outbox-sweep-");
    // never keeps a process alive: a service that failed to start exits
    scheduler.setDaemon(true);
    scheduler.initialize();
    scheduler.scheduleWithFixedDelay(relay::publishAllPending, properties.sweepInterval());
    return scheduler;
  }
}
