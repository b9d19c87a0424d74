package io.baton.onboarding.application;

import io.baton.onboarding.domain.Onboarding;
import io.baton.onboarding.domain.Onboardings;
import io.baton.support.web.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reading onboardings. */
@Service
public class OnboardingQueries {

  private final Onboardings onboardings;

  public OnboardingQueries(Onboardings onboardings) {
    this.onboardings = onboardings;
  }

  public Onboarding get(String dealId) {
    return onboardings.find(dealId).orElseThrow(() -> new NotFoundException("Onboarding of deal", dealId));
  }

  public List<Onboarding> recent(int limit) {
    return onboardings.recent(limit);
  }
}
