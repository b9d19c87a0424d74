package io.baton.onboarding.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsTest {

  private final Segments segments =
      new Segments(
          List.of(
              new SegmentBand("enterprise", new BigDecimal("100000")),
              new SegmentBand("smb", BigDecimal.ZERO),
              new SegmentBand("mid-market", new BigDecimal("25000"))));

  @Test
  void aCustomerBelongsToTheHighestBandItsArrReaches() {
    assertThat(segments.segmentOf(BigDecimal.ZERO)).isEqualTo("smb");
    assertThat(segments.segmentOf(new BigDecimal("24999.99"))).isEqualTo("smb");
    assertThat(segments.segmentOf(new BigDecimal("25000"))).isEqualTo("mid-market");
    assertThat(segments.segmentOf(new BigDecimal("250000"))).isEqualTo("enterprise");
    assertThat(segments.names()).containsExactly("smb", "mid-market", "enterprise");
  }

  @Test
  void theLowestBandStartsAtZeroSoEveryCustomerHasASegment() {
    assertThatThrownBy(() -> new Segments(List.of(new SegmentBand("smb", BigDecimal.TEN))))
        .hasMessageContaining("min-arr 0");
  }

  @Test
  void refusesTwoBandsStartingAtTheSameArrOrSharingAName() {
    assertThatThrownBy(
            () ->
                new Segments(
                    List.of(
                        new SegmentBand("smb", BigDecimal.ZERO),
                        new SegmentBand("tiny", BigDecimal.ZERO))))
        .hasMessageContaining("same ARR");
    assertThatThrownBy(
            () ->
                new Segments(
                    List.of(
                        new SegmentBand("smb", BigDecimal.ZERO),
                        new SegmentBand("smb", BigDecimal.TEN))))
        .hasMessageContaining("own name");
  }

  @Test
  void aSegmentNameIsKebabCase() {
    assertThatThrownBy(() -> new SegmentBand("Mid Market", BigDecimal.ZERO))
        .hasMessageContaining("kebab-case");
  }
}
