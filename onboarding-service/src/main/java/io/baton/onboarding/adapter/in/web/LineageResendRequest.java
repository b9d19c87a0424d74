package io.baton.onboarding.adapter.in.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Which plans the lineage backfill takes: those after the deal id {@code after} (none: from the
 * first), at most {@code limit} (default 100). It names no lineage: that comes from the plans and
 * from handoff-service, never from a request.
 */
record LineageResendRequest(@Size(max = 64) String after, @Min(1) @Max(200) Integer limit) {

  static final int DEFAULT_LIMIT = 100;

  int limitOrDefault() {
    return limit == null ? DEFAULT_LIMIT : limit;
  }
}
