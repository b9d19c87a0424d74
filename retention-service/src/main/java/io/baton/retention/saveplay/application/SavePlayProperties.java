package io.baton.retention.saveplay.application;

import io.baton.retention.saveplay.domain.SavePlayTerms;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baton.retention.save-play.*}.
 *
 * @param dueAfter how long after the decision a save play is due; then the executive sponsor is
 *     engaged
 * @param sponsorArrThreshold accounts from this ARR on get an executive sponsor at once
 */
@ConfigurationProperties("baton.retention.save-play")
public record SavePlayProperties(
    @DefaultValue("P7D") Duration dueAfter,
    @DefaultValue("100000") BigDecimal sponsorArrThreshold) {

  public SavePlayTerms toTerms() {
    return new SavePlayTerms(dueAfter, sponsorArrThreshold);
  }
}
