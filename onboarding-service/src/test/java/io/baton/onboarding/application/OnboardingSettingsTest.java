package io.baton.onboarding.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.baton.onboarding.domain.CheckpointTemplate;
import io.baton.onboarding.domain.PlanFixtures;
import io.baton.onboarding.domain.SegmentBand;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnboardingSettingsTest {

  private static final List<CheckpointTemplate> TEMPLATE = PlanFixtures.smbTemplate().checkpoints();

  @Test
  void everySegmentHasATemplateAndTheContractTermIsOneYearUnlessSet() {
    OnboardingSettings settings =
        new OnboardingSettings(
            List.of(
                new SegmentBand("smb", BigDecimal.ZERO),
                new SegmentBand("enterprise", new BigDecimal("100000"))),
            Map.of("smb", TEMPLATE, "enterprise", TEMPLATE),
            null);

    assertThat(settings.contractTerm()).isEqualTo(Period.ofYears(1));
    assertThat(settings.segmentBands().segmentOf(new BigDecimal("120000"))).isEqualTo("enterprise");
    assertThat(settings.templateOf("enterprise").checkpoints()).hasSize(5);
  }

  @Test
  void aSegmentWithoutATemplateStopsTheServiceNamingTheKey() {
    assertThatThrownBy(
            () ->
                new OnboardingSettings(
                    List.of(
                        new SegmentBand("smb", BigDecimal.ZERO),
                        new SegmentBand("enterprise", new BigDecimal("100000"))),
                    Map.of("smb", TEMPLATE),
                    null))
        .hasMessageContaining("baton.onboarding.templates.enterprise");
  }

  @Test
  void aTemplateForNoSegmentOrWithoutFirstValueStopsTheService() {
    assertThatThrownBy(
            () ->
                new OnboardingSettings(
                    List.of(new SegmentBand("smb", BigDecimal.ZERO)),
                    Map.of("smb", TEMPLATE, "giant", TEMPLATE),
                    null))
        .hasMessageContaining("giant");
    assertThatThrownBy(
            () ->
                new OnboardingSettings(
                    List.of(new SegmentBand("smb", BigDecimal.ZERO)),
                    Map.of(
                        "smb",
                        List.of(
                            new CheckpointTemplate(
                                "go-live", "Go-live", Duration.ofDays(7), true))),
                    null))
        .hasMessageContaining("first-value");
  }
}
