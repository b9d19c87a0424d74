package io.baton.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A whole service on a random port against the embedded MongoDB, with its metrics exported as in
 * production. The engine address points at a closed port: what the service sends the engine stays
 * in its outbox, as it would during an engine outage. Requests carry an administrator's token
 * ({@link TestSecurityInitializer}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "camunda.client.grpc-address=http://127.0.0.1:9",
      "camunda.client.rest-address=http://127.0.0.1:9",
      "camunda.client.request-timeout=PT1S"
    })
@ContextConfiguration(
    initializers = {EmbeddedMongoInitializer.class, TestSecurityInitializer.class})
@AutoConfigureObservability(tracing = false)
public @interface BatonServiceTest {}
