package io.baton.handoff.adapter.in.web;

import io.baton.handoff.domain.Brief;
import java.util.List;

/** Whether a brief may be completed, and if not, exactly what it lacks. */
record BriefCompletenessResponse(boolean complete, List<Brief.MissingItem> missing) {

  static BriefCompletenessResponse of(Brief brief) {
    List<Brief.MissingItem> missing = brief.missingItems();
    return new BriefCompletenessResponse(missing.isEmpty(), missing);
  }
}
