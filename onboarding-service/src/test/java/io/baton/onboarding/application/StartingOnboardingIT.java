package io.baton.onboarding.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.onboarding.application.StartingOnboarding.StartOnboarding;
import io.baton.onboarding.domain.Onboarding;
import io.baton.testsupport.BatonServiceTest;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Starting an onboarding is idempotent per deal, as a redelivered job needs it to be. */
@BatonServiceTest
class StartingOnboardingIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired private StartingOnboarding startingOnboarding;
  @Autowired private TestRestTemplate http;
  @Autowired private MongoTemplate mongo;

  @Test
  void aRedeliveredStartKeepsTheOneOnboardingOfTheDeal() throws Exception {
    StartOnboarding command =
        new StartOnboarding(
            "onb-deal-1",
            "Acme Corp",
            "amy",
            "Kickoff",
            List.of(new Onboarding.Promise("SSO by go-live", "sam", LocalDate.parse("2027-01-15"))),
            List.of(new Onboarding.SuccessCriterion("Onboarding time", "14 days", "3 days")),
            LocalDate.parse("2027-02-01"),
            11L);
    Onboarding first = startingOnboarding.start(command);
    Onboarding again = startingOnboarding.start(command);

    assertThat(again).isEqualTo(first);
    assertThat(mongo.getCollection("onboardings").countDocuments(new Document("_id", "onb-deal-1"))).isEqualTo(1);
    ResponseEntity<String> response = http.getForEntity("/api/onboardings/onb-deal-1", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(body.path("accountManager").asText()).isEqualTo("amy");
    assertThat(body.path("processInstanceKey").asText()).isEqualTo("11");
    assertThat(body.path("promises").get(0).path("owner").asText()).isEqualTo("sam");
    assertThat(body.path("successCriteria").get(0).path("baseline").asText()).isEqualTo("14 days");
  }

  @Test
  void anOnboardingNotStartedYetIsNotFound() {
    ResponseEntity<String> response = http.getForEntity("/api/onboardings/not-started", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
