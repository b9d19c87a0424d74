package io.baton.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import io.baton.testsupport.BatonServiceTest;
import io.baton.testsupport.InputFuzzContract;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** Bad input to every POST and PUT of handoff-service, against a handoff that exists. */
@BatonServiceTest
class HandoffInputFuzzIT extends InputFuzzContract {

  private static final String DEAL = "fuzz-deal-1";

  @Override
  protected Map<String, String> existingIds() {
    assertThat(
            http.postForEntity(
                    "/api/handoffs",
                    Map.of(
                        "dealId", DEAL,
                        "customerName", "Fuzz Corp",
                        "salesOwner", "sam",
                        "arr", 48000,
                        "closeDate", "2026-11-20"),
                    String.class)
                .getStatusCode())
        .isIn(HttpStatus.ACCEPTED, HttpStatus.OK);
    return Map.of("dealId", DEAL);
  }
}
