package io.baton.onboarding.domain;

import java.util.List;
import java.util.Optional;

/** Where onboardings are kept. */
public interface Onboardings {

  Optional<Onboarding> find(String dealId);

  List<Onboarding> recent(int limit);

  /** Stores a new onboarding; empty if the deal has one already. */
  Optional<Onboarding> add(Onboarding onboarding);
}
