package io.baton.onboarding.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.onboarding.application.StartingOnboarding.StartOnboarding;
import io.baton.onboarding.domain.Onboarding;
import io.baton.testsupport.BatonServiceTest;
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
    Onboarding first =
        startingOnboarding.start(new StartOnboarding("onb-deal-1", "Acme Corp", "amy", "Kickoff", 11L));
    Onboarding again =
        startingOnboarding.start(new StartOnboarding("onb-deal-1", "Acme Corp", "amy", "Kickoff", 11L));

    assertThat(again).isEqualTo(first);
    assertThat(mongo.getCollection("onboardings").countDocuments(new Document("_id", "onb-deal-1"))).isEqualTo(1);
    ResponseEntity<String> response = http.getForEntity("/api/onboardings/onb-deal-1", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = JSON.readTree(response.getBody());
    assertThat(body.path("accountManager").asText()).isEqualTo("amy");
    assertThat(body.path("processInstanceKey").asText()).isEqualTo("11");
  }

  @Test
  void anOnboardingNotStartedYetIsNotFound() {
    ResponseEntity<String> response = http.getForEntity("/api/onboardings/not-started", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }
}
