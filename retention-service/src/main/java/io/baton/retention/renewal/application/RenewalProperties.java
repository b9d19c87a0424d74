package io.baton.retention.renewal.application;

import io.baton.retention.renewal.domain.RenewalRunway;
import java.time.Period;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code baton.retention.renewal.*}: the runway steps before a renewal at which its risk is
 * checked, and how many customers one page of the check (the {@code renewal-runway} process) reads.
 */
@ConfigurationProperties("baton.retention.renewal")
public record RenewalProperties(
    @DefaultValue("P120D,P90D,P60D,P30D") List<Period> runway, @DefaultValue("500") int pageSize) {

  public RenewalRunway toRunway() {
    return new RenewalRunway(runway);
  }
}
