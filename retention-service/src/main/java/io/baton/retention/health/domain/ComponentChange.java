package io.baton.retention.health.domain;

import java.util.List;

/**
 * One component that moved, from what to what, and the signals received since the previous
 * assessment that move it (with their points now). When no signal is listed, the component moved
 * because older signals faded with time or left the lookback.
 */
public record ComponentChange(
    HealthComponent component, Integer from, int to, List<SignalImpact> signals) {

  public ComponentChange {
    signals = signals == null ? List.of() : List.copyOf(signals);
  }
}
