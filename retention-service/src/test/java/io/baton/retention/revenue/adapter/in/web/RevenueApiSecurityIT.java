package io.baton.retention.revenue.adapter.in.web;

import static io.baton.retention.RetentionApi.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.baton.retention.revenue.LeadServiceStubbed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Who may see which revenue figures (docs/security.md), and the parameters each endpoint refuses,
 * naming them. Two sales reps seeing only their own rows (of the accountability figures and of the
 * losses, and their own lost customers): {@code RevenueAccountabilityIT}.
 */
class RevenueApiSecurityIT extends LeadServiceStubbed {

  private static final String PERIOD = "from=2019-01-01&to=2019-12-31";
  private static final List<String> DIMENSIONS =
      List.of(
          "campaign",
          "source-channel",
          "lead-play",
          "sales-owner",
          "account-manager",
          "segment",
          "close-month");

  @Test
  void answersEveryRevenueEndpointWithoutATokenWith401() {
    for (String path :
        List.of(
            "/api/revenue/accountability?dimension=campaign",
            "/api/revenue/losses?dimension=campaign",
            "/api/revenue/churn-predictors",
            "/api/revenue/customers?dimension=campaign")) {
      ResponseEntity<String> response = getWithoutToken(path);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(response.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  @Test
  void letsCsLeadersAndAdministratorsSeeEveryDimensionAndTheChurnPredictors() {
    for (String role : List.of("cs-leader", "admin")) {
      for (String dimension : DIMENSIONS) {
        assertThat(status("cleo", accountability(dimension), role))
            .as(role + " by " + dimension)
            .isEqualTo(HttpStatus.OK);
        assertThat(status("cleo", customers(dimension), role))
            .as(role + " customers by " + dimension)
            .isEqualTo(HttpStatus.OK);
        assertThat(status("cleo", losses(dimension), role))
            .as(role + " losses by " + dimension)
            .isEqualTo(HttpStatus.OK);
        assertThat(status("cleo", customers(dimension) + "&basis=lost", role))
            .as(role + " lost customers by " + dimension)
            .isEqualTo(HttpStatus.OK);
      }
      assertThat(status("cleo", "/api/revenue/churn-predictors?" + PERIOD, role))
          .isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void letsMarketingSeeCampaignsAndSourceChannelsOnly() {
    for (String dimension : DIMENSIONS) {
      HttpStatus expected =
          List.of("campaign", "source-channel").contains(dimension)
              ? HttpStatus.OK
              : HttpStatus.FORBIDDEN;
      assertThat(status("mia", accountability(dimension), "marketing"))
          .as("marketing by " + dimension)
          .isEqualTo(expected);
      assertThat(status("mia", customers(dimension), "marketing"))
          .as("marketing's customers by " + dimension)
          .isEqualTo(expected);
      assertThat(status("mia", losses(dimension), "marketing"))
          .as("marketing's losses by " + dimension)
          .isEqualTo(expected);
      assertThat(status("mia", customers(dimension) + "&basis=lost", "marketing"))
          .as("marketing's lost customers by " + dimension)
          .isEqualTo(expected);
    }
    assertThat(status("mia", losses("sales-owner"), "marketing")).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> byManager = getAs("mia", accountability("account-manager"), "marketing");
    assertThat(byManager.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(status("mia", "/api/revenue/churn-predictors?" + PERIOD, "marketing"))
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void letsSalesSeeTheSalesOwnerDimensionOnly() {
    for (String dimension : DIMENSIONS) {
      HttpStatus expected = dimension.equals("sales-owner") ? HttpStatus.OK : HttpStatus.FORBIDDEN;
      assertThat(status("sam", accountability(dimension), "sales"))
          .as("sales by " + dimension)
          .isEqualTo(expected);
      assertThat(status("sam", losses(dimension), "sales"))
          .as("sales' losses by " + dimension)
          .isEqualTo(expected);
    }
    assertThat(status("sam", "/api/revenue/churn-predictors?" + PERIOD, "sales"))
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void letsLeadServicesSystemTokenSeeCampaignsAndSourceChannelsForItsFeedback() {
    assertThat(status("lead-service", accountability("campaign"), "system"))
        .isEqualTo(HttpStatus.OK);
    assertThat(status("lead-service", accountability("source-channel"), "system"))
        .isEqualTo(HttpStatus.OK);
    assertThat(status("lead-service", accountability("account-manager"), "system"))
        .isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusesEveryoneElse() {
    for (String role : List.of("account-manager", "service-agent")) {
      assertThat(status("amy", accountability("campaign"), role)).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status("amy", customers("campaign"), role)).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status("amy", losses("campaign"), role)).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status("amy", customers("campaign") + "&basis=lost", role))
          .isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status("amy", "/api/revenue/churn-predictors", role))
          .isEqualTo(HttpStatus.FORBIDDEN);
    }
  }

  @Test
  void namesAMissingOrUnknownDimensionEvenToACallerWhoMaySeeOnlySome() {
    assertThat(fields(getAs("cleo", "/api/revenue/accountability", "cs-leader")))
        .containsExactly("dimension");
    assertThat(fields(getAs("mia", "/api/revenue/accountability?dimension=galaxy", "marketing")))
        .containsExactly("dimension");
    ResponseEntity<String> noDimension = getAs("sam", "/api/revenue/customers?" + PERIOD, "sales");
    assertThat(noDimension.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noDimension.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(fields(noDimension)).containsExactly("dimension");
    assertThat(fields(getAs("cleo", "/api/revenue/losses", "cs-leader")))
        .containsExactly("dimension");
    assertThat(fields(getAs("mia", "/api/revenue/losses?dimension=galaxy", "marketing")))
        .containsExactly("dimension");
  }

  @Test
  void namesEveryBadParameterOfTheLossesAndTheBasisOfTheDrillDown() {
    assertThat(fields(admin("/api/revenue/losses?dimension=campaign&from=last-quarter")))
        .containsExactly("from");
    assertThat(fields(admin("/api/revenue/losses?dimension=campaign&to=2026-02-30")))
        .containsExactly("to");
    assertThat(
            fields(admin("/api/revenue/losses?dimension=campaign&from=2026-12-31&to=2026-01-01")))
        .containsExactly("from");
    assertThat(fields(admin("/api/revenue/losses?dimension=galaxy&from=soon&to=later")))
        .containsExactlyInAnyOrder("dimension", "from", "to");
    assertThat(fields(admin("/api/revenue/customers?dimension=campaign&basis=churned")))
        .containsExactly("basis");
    assertThat(fields(admin("/api/revenue/customers?dimension=galaxy&basis=gone&size=0")))
        .containsExactlyInAnyOrder("dimension", "basis", "size");
    assertThat(status("ada", customers("campaign") + "&basis=closed", "admin"))
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void answersTheLossesOfTheDefaultPeriodOfTheLastTwelveMonths() {
    ResponseEntity<String> response =
        getAs("ada", "/api/revenue/losses?dimension=segment", "admin");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(response.getBody())
        .contains("\"from\":\"" + today.minusMonths(12).plusDays(1) + "\"")
        .contains("\"to\":\"" + today + "\"");
  }

  @Test
  void namesABadDateAFromAfterTheToABadValueAPageAndASize() {
    assertThat(fields(admin("/api/revenue/accountability?dimension=campaign&from=yesterday")))
        .containsExactly("from");
    assertThat(fields(admin("/api/revenue/accountability?dimension=campaign&to=2026-02-30")))
        .containsExactly("to");
    assertThat(
            fields(
                admin(
                    "/api/revenue/accountability?dimension=campaign&from=2026-12-31&to=2026-01-01")))
        .containsExactly("from");
    assertThat(fields(admin("/api/revenue/churn-predictors?from=2026-12-31&to=2026-01-01")))
        .containsExactly("from");
    assertThat(fields(admin("/api/revenue/churn-predictors?to=31.12.2026"))).containsExactly("to");
    assertThat(fields(admin("/api/revenue/customers?dimension=close-month&value=2026-13")))
        .containsExactly("value");
    assertThat(fields(admin("/api/revenue/customers?dimension=campaign&page=-1")))
        .containsExactly("page");
    assertThat(fields(admin("/api/revenue/customers?dimension=campaign&page=first")))
        .containsExactly("page");
    assertThat(fields(admin("/api/revenue/customers?dimension=campaign&size=0")))
        .containsExactly("size");
    assertThat(fields(admin("/api/revenue/customers?dimension=campaign&size=201")))
        .containsExactly("size");
    assertThat(fields(admin("/api/revenue/customers?dimension=galaxy&from=soon&size=0")))
        .containsExactlyInAnyOrder("dimension", "from", "size");
  }

  @Test
  void answersTheDefaultPeriodOfTheLastTwelveMonths() {
    ResponseEntity<String> response =
        getAs("ada", "/api/revenue/accountability?dimension=segment", "admin");

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    String body = response.getBody();
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    assertThat(body)
        .contains("\"from\":\"" + today.minusMonths(12).plusDays(1) + "\"")
        .contains("\"to\":\"" + today + "\"");
  }

  private ResponseEntity<String> admin(String path) {
    ResponseEntity<String> response = getAs("ada", path, "admin");
    assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    return response;
  }

  private HttpStatus status(String user, String path, String role) {
    return HttpStatus.valueOf(getAs(user, path, role).getStatusCode().value());
  }

  private static String accountability(String dimension) {
    return "/api/revenue/accountability?dimension=" + dimension + "&" + PERIOD;
  }

  private static String losses(String dimension) {
    return "/api/revenue/losses?dimension=" + dimension + "&" + PERIOD;
  }

  private static String customers(String dimension) {
    return "/api/revenue/customers?dimension=" + dimension + "&" + PERIOD;
  }
}
