package io.baton.onboarding.application;

import io.baton.onboarding.domain.Onboarding;
import io.baton.onboarding.domain.Onboardings;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** An accepted handoff starts the customer's onboarding, once per deal. */
@Service
public class StartingOnboarding {

  private final Onboardings onboardings;
  private final Clock clock;

  public StartingOnboarding(Onboardings onboardings, Clock clock) {
    this.onboardings = onboardings;
    this.clock = clock;
  }

  public Onboarding start(StartOnboarding command) {
    Onboarding onboarding =
        new Onboarding(
            command.dealId(),
            command.customerName(),
            command.accountManager(),
            command.handoffNote(),
            command.promises(),
            command.successCriteria(),
            command.desiredGoLiveDate(),
            command.processInstanceKey(),
            clock.instant());
    return onboardings
        .add(onboarding)
        .orElseGet(() -> onboardings.find(command.dealId()).orElseThrow());
  }

  /** What the accepted handoff hands to onboarding. */
  public record StartOnboarding(
      String dealId,
      String customerName,
      String accountManager,
      String handoffNote,
      List<Onboarding.Promise> promises,
      List<Onboarding.SuccessCriterion> successCriteria,
      LocalDate desiredGoLiveDate,
      long processInstanceKey) {}
}
