package io.baton.onboarding;

import static io.baton.onboarding.domain.PlanFixtures.anAcceptedHandoff;

import io.baton.onboarding.application.StartingOnboarding;
import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.InputFuzzContract;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input to every POST and PUT of onboarding-service, against a plan that exists. */
@BatonServiceTest
class OnboardingInputFuzzIT extends InputFuzzContract {

  private static final String DEAL = "fuzz-deal-1";

  @Autowired private StartingOnboarding startingOnboarding;

  @Override
  protected Map<String, String> existingIds() {
    startingOnboarding.start(
        anAcceptedHandoff(DEAL)
            .withPromise("SSO before go-live", "sam", LocalDate.parse("2027-01-15"))
            .build(),
        null);
    return Map.of("dealId", DEAL, "checkpointId", "kickoff", "promiseId", "promise-1");
  }
}
