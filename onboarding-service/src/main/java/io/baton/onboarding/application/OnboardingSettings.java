package io.baton.onboarding.application;

import io.baton.onboarding.domain.CheckpointTemplate;
import io.baton.onboarding.domain.PlanTemplate;
import io.baton.onboarding.domain.SegmentBand;
import io.baton.onboarding.domain.Segments;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code baton.onboarding.*}: the segments customers fall into by ARR ({@code segments}: name and
 * min-arr), the plan template of every segment ({@code templates.<segment>}: its checkpoints in
 * order, each with id, name, offset from the start and in-order), and the contract term that puts
 * the renewal date after the contract date ({@code contract-term}, one year unless set). A segment
 * without a template, or a template without go-live or first-value, stops the service at start.
 */
@ConfigurationProperties("baton.onboarding")
public record OnboardingSettings(
    List<SegmentBand> segments,
    Map<String, List<CheckpointTemplate>> templates,
    Period contractTerm) {

  public OnboardingSettings {
    Segments bands = new Segments(segments);
    templates = templates == null ? Map.of() : Map.copyOf(templates);
    for (String segment : bands.names()) {
      if (!templates.containsKey(segment)) {
        throw new IllegalArgumentException(
            "Segment "
                + segment
                + " has no plan template (baton.onboarding.templates."
                + segment
                + ")");
      }
      new PlanTemplate(segment, templates.get(segment));
    }
    for (String segment : templates.keySet()) {
      if (!bands.names().contains(segment)) {
        throw new IllegalArgumentException(
            "The plan template " + segment + " names no segment of baton.onboarding.segments");
      }
    }
    contractTerm = contractTerm == null ? Period.ofYears(1) : contractTerm;
  }

  public Segments segmentBands() {
    return new Segments(segments);
  }

  public PlanTemplate templateOf(String segment) {
    return new PlanTemplate(segment, templates.get(segment));
  }
}
