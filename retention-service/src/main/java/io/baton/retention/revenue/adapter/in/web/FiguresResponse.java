package io.baton.retention.revenue.adapter.in.web;

import io.baton.retention.revenue.domain.Figures;
import io.swagger.v3.oas.annotations.media.Schema;

/** The revenue figures of a row or of the total (docs/revenue.md says what each means). */
@Schema(
    requiredProperties = {
      "leads",
      "converted",
      "arrWon",
      "medianMinutesToFirstContact",
      "handoffReturns",
      "medianDaysToValue",
      "shareRedNow",
      "arrChurned",
      "arrDowngraded",
      "arrSaved",
      "savePlayWinRate",
      "grr90",
      "grr180",
      "grr365",
      "nrr90",
      "nrr180",
      "nrr365"
    })
record FiguresResponse(
    FigureResponse leads,
    FigureResponse converted,
    FigureResponse arrWon,
    FigureResponse medianMinutesToFirstContact,
    FigureResponse handoffReturns,
    FigureResponse medianDaysToValue,
    FigureResponse shareRedNow,
    FigureResponse arrChurned,
    FigureResponse arrDowngraded,
    FigureResponse arrSaved,
    FigureResponse savePlayWinRate,
    FigureResponse grr90,
    FigureResponse grr180,
    FigureResponse grr365,
    FigureResponse nrr90,
    FigureResponse nrr180,
    FigureResponse nrr365) {

  static FiguresResponse of(Figures f) {
    return new FiguresResponse(
        FigureResponse.of(f.leads()),
        FigureResponse.of(f.converted()),
        FigureResponse.of(f.arrWon()),
        FigureResponse.of(f.medianMinutesToFirstContact()),
        FigureResponse.of(f.handoffReturns()),
        FigureResponse.of(f.medianDaysToValue()),
        FigureResponse.of(f.shareRedNow()),
        FigureResponse.of(f.arrChurned()),
        FigureResponse.of(f.arrDowngraded()),
        FigureResponse.of(f.arrSaved()),
        FigureResponse.of(f.savePlayWinRate()),
        FigureResponse.of(f.grr90()),
        FigureResponse.of(f.grr180()),
        FigureResponse.of(f.grr365()),
        FigureResponse.of(f.nrr90()),
        FigureResponse.of(f.nrr180()),
        FigureResponse.of(f.nrr365()));
  }
}
