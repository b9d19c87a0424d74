package io.baton.onboarding.application;

import io.baton.onboarding.domain.OnboardingPlan;
import io.baton.onboarding.domain.OnboardingPlans;
import io.baton.support.outbox.Outbox;
import io.baton.support.unitofwork.UnitOfWork;
import io.baton.support.unitofwork.UnitOfWorkProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The unit of work every use case changes onboarding plans through. */
@Configuration(proxyBeanMethods = false)
class OnboardingConfiguration {

  @Bean
  UnitOfWork<OnboardingPlan> planWork(
      OnboardingPlans plans, Outbox<OnboardingPlan> outbox, UnitOfWorkProperties properties) {
    return new UnitOfWork<>("Onboarding plan of deal", plans, outbox, properties);
  }
}
