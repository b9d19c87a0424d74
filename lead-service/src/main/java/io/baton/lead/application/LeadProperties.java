package io.baton.lead.application;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lead settings.
 *
 * @param duplicateWindow how long the same contact email asking through the same campaign is
 *     recognised as the same lead
 */
@ConfigurationProperties("baton.leads")
public record LeadProperties(@DefaultValue("P30D") Duration duplicateWindow) {}
