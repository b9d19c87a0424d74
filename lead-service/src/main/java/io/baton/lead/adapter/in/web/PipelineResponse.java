package io.baton.lead.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.baton.lead.domain.LeadPipeline;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * The leads received from {@code from} to {@code to} (both included) and those converted, per
 * grouping: one row per value, {@code value} null for the leads without one (retention-service's
 * {@code LeadPipelineResponse} reads it for the revenue figures).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record PipelineResponse(
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate from,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate to,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Row> campaign,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Row> sourceChannel,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Row> play,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Row> owner,
    @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "yyyy-MM, UTC")
        List<Row> receivedMonth) {

  static PipelineResponse of(LocalDate from, LocalDate to, LeadPipeline pipeline) {
    return new PipelineResponse(
        from,
        to,
        rows(pipeline.campaign()),
        rows(pipeline.sourceChannel()),
        rows(pipeline.play()),
        rows(pipeline.owner()),
        rows(pipeline.receivedMonth()));
  }

  private static List<Row> rows(List<LeadPipeline.Row> rows) {
    return rows.stream().map(row -> new Row(row.value(), row.leads(), row.converted())).toList();
  }

  /** The leads with one value (null: without one), and of them those converted (a won deal). */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Row(
      String value,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long leads,
      @Schema(requiredMode = Schema.RequiredMode.REQUIRED) long converted) {}
}
