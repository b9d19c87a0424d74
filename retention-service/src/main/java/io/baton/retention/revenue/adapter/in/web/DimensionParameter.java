package io.baton.retention.revenue.adapter.in.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the {@code dimension} query parameter: what the revenue figures are grouped by. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(
    description =
        "campaign, source-channel, lead-play, sales-owner, account-manager, segment or close-month",
    schema =
        @Schema(
            allowableValues = {
              "campaign",
              "source-channel",
              "lead-play",
              "sales-owner",
              "account-manager",
              "segment",
              "close-month"
            }))
@interface DimensionParameter {}
