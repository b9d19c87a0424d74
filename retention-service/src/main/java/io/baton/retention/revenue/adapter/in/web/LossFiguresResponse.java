package io.baton.retention.revenue.adapter.in.web;

import io.baton.retention.revenue.domain.LossFigures;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The figures of the customers lost, of a row or of the total (docs/revenue.md says what each
 * means).
 */
@Schema(
    requiredProperties = {
      "customersLost",
      "arrLost",
      "shareBriefReturned",
      "shareFirstContactOutsideSla",
      "shareFirstValueLate",
      "sharePromiseMissed",
      "medianHoursToAccept",
      "medianDaysToValue",
      "medianMinutesToFirstContact",
      "medianMonthsAsCustomer"
    })
record LossFiguresResponse(
    FigureResponse customersLost,
    FigureResponse arrLost,
    FigureResponse shareBriefReturned,
    FigureResponse shareFirstContactOutsideSla,
    FigureResponse shareFirstValueLate,
    FigureResponse sharePromiseMissed,
    FigureResponse medianHoursToAccept,
    FigureResponse medianDaysToValue,
    FigureResponse medianMinutesToFirstContact,
    FigureResponse medianMonthsAsCustomer) {

  static LossFiguresResponse of(LossFigures f) {
    return new LossFiguresResponse(
        FigureResponse.of(f.customersLost()),
        FigureResponse.of(f.arrLost()),
        FigureResponse.of(f.shareBriefReturned()),
        FigureResponse.of(f.shareFirstContactOutsideSla()),
        FigureResponse.of(f.shareFirstValueLate()),
        FigureResponse.of(f.sharePromiseMissed()),
        FigureResponse.of(f.medianHoursToAccept()),
        FigureResponse.of(f.medianDaysToValue()),
        FigureResponse.of(f.medianMinutesToFirstContact()),
        FigureResponse.of(f.medianMonthsAsCustomer()));
  }
}
