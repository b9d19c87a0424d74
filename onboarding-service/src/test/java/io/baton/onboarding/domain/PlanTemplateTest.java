package io.baton.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTemplateTest {

  @Test
  void aTemplateNeedsGoLiveAndFirstValue() {
    assertThatThrownBy(
            () ->
                new PlanTemplate(
                    "smb",
                    List.of(
                        new CheckpointTemplate("go-live", "Go-live", Duration.ofDays(7), true))))
        .hasMessageContaining("needs a first-value checkpoint");
  }

  @Test
  void aTemplateNamesEveryCheckpointOnce() {
    assertThatThrownBy(
            () ->
                new PlanTemplate(
                    "smb",
                    List.of(
                        new CheckpointTemplate("go-live", "Go-live", Duration.ofDays(7), true),
                        new CheckpointTemplate(
                            "go-live", "Go-live again", Duration.ofDays(8), true),
                        new CheckpointTemplate(
                            "first-value", "First value", Duration.ofDays(9), true))))
        .hasMessageContaining("names checkpoint go-live twice");
  }

  @Test
  void aCheckpointHasAKebabCaseIdANameAndAnOffsetOfZeroOrMore() {
    assertThatThrownBy(() -> new CheckpointTemplate("Go Live", "Go-live", Duration.ofDays(1), true))
        .hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> new CheckpointTemplate("go-live", " ", Duration.ofDays(1), true))
        .hasMessageContaining("needs a name");
    assertThatThrownBy(
            () -> new CheckpointTemplate("go-live", "Go-live", Duration.ofDays(-1), true))
        .hasMessageContaining("offset");
    assertThat(PlanFixtures.smbTemplate().checkpoint("training")).isPresent();
  }
}
