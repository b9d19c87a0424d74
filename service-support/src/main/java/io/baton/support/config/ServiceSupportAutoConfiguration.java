package io.baton.support.config;

import com.fasterxml.jackson.core.StreamReadConstraints;
import io.baton.support.correlation.CorrelationIdFilter;
import io.baton.support.mongo.MongoPingHealthIndicator;
import io.baton.support.mongo.MongoTimeouts;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import io.baton.support.web.KebabCaseWeb;
import io.baton.support.web.ProblemDetailsAdvice;
import io.baton.support.web.ProblemResponses;
import io.baton.support.web.RequestSizeLimit;
import io.baton.support.workflow.RetryWithBackoff;
import io.camunda.client.jobhandling.CommandExceptionHandlingStrategy;
import io.camunda.client.jobhandling.DefaultJobExceptionHandlingStrategy;
import io.camunda.client.jobhandling.JobExceptionHandlingStrategy;
import io.camunda.client.metrics.MetricsRecorder;
import io.swagger.v3.core.converter.ModelConverter;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires what every Baton service shares. */
@AutoConfiguration(
    after = MongoDataAutoConfiguration.class,
    beforeName = "io.camunda.client.spring.configuration.CamundaAutoConfiguration")
@EnableConfigurationProperties(UnitOfWorkProperties.class)
public class ServiceSupportAutoConfiguration {

  @Bean
  FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
    FilterRegistrationBean<CorrelationIdFilter> registration =
        new FilterRegistrationBean<>(new CorrelationIdFilter());
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Request bodies up to baton.web.max-request-size, counted as they are read (chunked too). */
  @Bean
  FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
      @Value("${baton.web.max-request-size:1MB}") DataSize maxRequestSize) {
    FilterRegistrationBean<RequestSizeLimit> registration =
        new FilterRegistrationBean<>(new RequestSizeLimit(maxRequestSize.toBytes()));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  /** The vocabulary ({@link io.baton.support.vocabulary.KebabCase}) in JSON is kebab-case. */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer kebabCaseJson() {
    return KebabCaseWeb.json();
  }

  /** The vocabulary in query parameters is kebab-case. */
  @Bean
  WebMvcConfigurer kebabCaseParameters() {
    return KebabCaseWeb.queryParameters();
  }

  /** The vocabulary in the OpenAPI document is kebab-case, as it is sent. */
  @Bean
  ModelConverter kebabCaseSchemas() {
    return KebabCaseWeb.openApiSchemas();
  }

  /** JSON no deeper than baton.web.json.max-nesting-depth, and no larger than a request may be. */
  @Bean
  Jackson2ObjectMapperBuilderCustomizer jsonLimits(
      @Value("${baton.web.json.max-nesting-depth:64}") int maxNestingDepth,
      @Value("${baton.web.max-request-size:1MB}") DataSize maxRequestSize) {
    StreamReadConstraints limits =
        StreamReadConstraints.builder()
            .maxNestingDepth(maxNestingDepth)
            .maxDocumentLength(maxRequestSize.toBytes())
            .maxStringLength((int) maxRequestSize.toBytes())
            .build();
    return builder ->
        builder.postConfigurer(mapper -> mapper.getFactory().setStreamReadConstraints(limits));
  }

  @Bean
  ProblemDetailsAdvice problemDetailsAdvice() {
    return new ProblemDetailsAdvice();
  }

  /**
   * The OpenAPI document describes every error as it is sent: problem+json ({@link
   * ProblemDetailsAdvice}).
   */
  @Bean
  ProblemResponses problemResponses() {
    return new ProblemResponses();
  }

  /**
   * Ticks in milliseconds, the precision MongoDB stores: what a service answers is what it kept.
   */
  @Bean
  @ConditionalOnMissingBean
  Clock clock() {
    return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
  }

  /** Replaces the client's default, which retries a failed job at once, with a backoff. */
  @Bean
  @ConditionalOnProperty(name = "camunda.client.enabled", matchIfMissing = true)
  JobExceptionHandlingStrategy jobExceptionHandlingStrategy(
      CommandExceptionHandlingStrategy commandExceptionHandlingStrategy,
      MetricsRecorder metricsRecorder,
      @Value("${baton.jobs.retry-backoff.initial:PT2S}") Duration initialBackoff,
      @Value("${baton.jobs.retry-backoff.max:PT1M}") Duration maxBackoff) {
    return new RetryWithBackoff(
        new DefaultJobExceptionHandlingStrategy(commandExceptionHandlingStrategy, metricsRecorder),
        initialBackoff,
        maxBackoff);
  }

  @Bean
  MongoTimeouts mongoTimeouts(
      @Value("${baton.mongo.server-selection-timeout:PT2S}") Duration serverSelectionTimeout,
      @Value("${baton.mongo.connect-timeout:PT2S}") Duration connectTimeout) {
    return new MongoTimeouts(serverSelectionTimeout, connectTimeout);
  }

  @Bean(name = "mongoHealthIndicator")
  @ConditionalOnBean(MongoTemplate.class)
  MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongoTemplate) {
    return new MongoPingHealthIndicator(mongoTemplate);
  }
}
