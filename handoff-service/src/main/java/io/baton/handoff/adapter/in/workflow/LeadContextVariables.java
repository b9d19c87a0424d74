package io.baton.handoff.adapter.in.workflow;

import io.baton.handoff.domain.LeadContext;
import io.baton.workflows.ProcessContract.Handoff;
import java.util.HashMap;
import java.util.Map;

/**
 * The lead's context as the forms show it: the {@code leadContext} variable, or null if unknown.
 */
final class LeadContextVariables {

  private LeadContextVariables() {}

  static Map<String, Object> of(LeadContext context) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(Handoff.LEAD_CONTEXT, context.available() ? summary(context) : null);
    return variables;
  }

  private static Map<String, Object> summary(LeadContext context) {
    Map<String, Object> source = new HashMap<>();
    source.put("channel", context.channel());
    source.put("campaign", context.campaign());
    Map<String, Object> summary = new HashMap<>();
    summary.put("leadId", context.leadId());
    summary.put("source", source);
    summary.put("play", context.play());
    summary.put("attemptCount", context.attempts().size());
    summary.put("summary", String.join(" · ", context.notes()));
    return summary;
  }
}
