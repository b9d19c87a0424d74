package io.baton.retention.revenue.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.revenue.domain.Dimension;
import io.baton.retention.shared.adapter.in.web.RevenueAccess;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may group the revenue figures by which dimension, as RetentionAuthorization applies it. */
class RevenueAccessTest {

  @Test
  void knowsEveryDimensionTheFiguresAreGroupedBy() {
    assertThat(RevenueAccess.DIMENSIONS)
        .containsExactlyElementsOf(Arrays.stream(Dimension.values()).map(Dimension::code).toList());
  }

  @Test
  void letsEachRoleGroupByItsDimensionsOnly() {
    for (String dimension : RevenueAccess.DIMENSIONS) {
      assertThat(RevenueAccess.allows(Set.of("cs-leader"), dimension)).isTrue();
      assertThat(RevenueAccess.allows(Set.of("admin"), dimension)).isTrue();
      assertThat(RevenueAccess.allows(Set.of("account-manager"), dimension)).isFalse();
      assertThat(RevenueAccess.allows(Set.of("service-agent"), dimension)).isFalse();
      assertThat(RevenueAccess.allows(Set.of(), dimension)).isFalse();
      assertThat(RevenueAccess.allows(Set.of("marketing"), dimension))
          .as("marketing by " + dimension)
          .isEqualTo(Set.of("campaign", "source-channel").contains(dimension));
      assertThat(RevenueAccess.allows(Set.of("sales"), dimension))
          .as("sales by " + dimension)
          .isEqualTo(dimension.equals("sales-owner"));
      assertThat(RevenueAccess.allows(Set.of("system"), dimension))
          .as("system by " + dimension)
          .isEqualTo(Set.of("campaign", "source-channel").contains(dimension));
    }
    assertThat(RevenueAccess.allows(Set.of("sales", "marketing"), "campaign")).isTrue();
  }

  @Test
  void letsAnUnknownOrMissingDimensionThroughToItsBadRequestOnlyForThoseWhoMayGroupAtAll() {
    assertThat(RevenueAccess.allows(Set.of("marketing"), "galaxy")).isTrue();
    assertThat(RevenueAccess.allows(Set.of("sales"), null)).isTrue();
    assertThat(RevenueAccess.allows(Set.of("account-manager"), "galaxy")).isFalse();
    assertThat(RevenueAccess.allows(Set.of("account-manager"), null)).isFalse();
  }
}
