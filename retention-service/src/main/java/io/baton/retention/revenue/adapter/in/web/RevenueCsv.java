package io.baton.retention.revenue.adapter.in.web;

import io.baton.retention.customer.domain.Lineage;
import io.baton.retention.revenue.domain.CustomerDetail;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * The revenue answers as CSV, for {@code Accept: text/csv}: a header line, then a line per row
 * (accountability and losses: each row, then the total; each figure as its value and its {@code
 * n}), per cohort (churn predictors) or per customer (the drill-down, its lineage flattened). Text
 * that a spreadsheet would read as a formula is prefixed with {@code '}.
 */
final class RevenueCsv extends AbstractHttpMessageConverter<Object> {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private static final Set<Class<?>> ANSWERS =
      Set.of(
          AccountabilityResponse.class,
          LossesResponse.class,
          ChurnPredictorsResponse.class,
          RevenueCustomersResponse.class);

  RevenueCsv() {
    super(TEXT_CSV);
  }

  @Override
  protected boolean supports(Class<?> type) {
    return ANSWERS.contains(type);
  }

  @Override
  public boolean canRead(Class<?> type, MediaType mediaType) {
    return false;
  }

  @Override
  protected Object readInternal(Class<?> type, HttpInputMessage input) {
    throw new HttpMessageNotReadableException("The revenue answers are not read as CSV", input);
  }

  @Override
  protected void writeInternal(Object answer, HttpOutputMessage output) throws IOException {
    List<List<Object>> lines =
        switch (answer) {
          case AccountabilityResponse accountability -> accountability(accountability);
          case LossesResponse losses -> losses(losses);
          case ChurnPredictorsResponse predictors -> churnPredictors(predictors);
          case RevenueCustomersResponse customers -> customers(customers);
          default -> throw new IllegalArgumentException("Not a revenue answer: " + answer);
        };
    Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
    for (List<Object> line : lines) {
      writer.write(String.join(",", line.stream().map(RevenueCsv::cell).toList()));
      writer.write("\r\n");
    }
    writer.flush();
  }

  private static List<List<Object>> accountability(AccountabilityResponse answer) {
    List<List<Object>> lines = new ArrayList<>();
    lines.add(figuresHeader(answer.dimension().code(), FiguresResponse.class));
    for (AccountabilityResponse.AccountabilityRow row : answer.rows()) {
      lines.add(figures("row", row.value(), row.figures()));
    }
    lines.add(figures("total", null, answer.total().figures()));
    return lines;
  }

  private static List<List<Object>> losses(LossesResponse answer) {
    List<List<Object>> lines = new ArrayList<>();
    lines.add(figuresHeader(answer.dimension().code(), LossFiguresResponse.class));
    for (LossesResponse.LossesRow row : answer.rows()) {
      lines.add(figures("row", row.value(), row.figures()));
    }
    lines.add(figures("total", null, answer.total().figures()));
    return lines;
  }

  /** "row", the dimension, then each figure's value and its n. */
  private static List<Object> figuresHeader(String dimension, Class<? extends Record> figures) {
    List<Object> header = new ArrayList<>(List.of("row", dimension));
    for (RecordComponent figure : figures.getRecordComponents()) {
      header.add(figure.getName());
      header.add(figure.getName() + ".n");
    }
    return header;
  }

  private static List<Object> figures(String kind, String value, Record figures) {
    List<Object> line = new ArrayList<>(List.of(kind, value == null ? "" : value));
    for (RecordComponent component : figures.getClass().getRecordComponents()) {
      FigureResponse figure = (FigureResponse) read(component, figures);
      line.add(figure.value());
      line.add(figure.n());
    }
    return line;
  }

  private static List<List<Object>> churnPredictors(ChurnPredictorsResponse answer) {
    List<List<Object>> lines = new ArrayList<>();
    lines.add(
        List.of("factor", "cohort", "customers", "churned", "churnRate", "grr365", "grr365.n"));
    for (ChurnPredictorsResponse.ChurnFactorComparison factor : answer.factors()) {
      lines.add(cohort(factor.factor().code(), "with", factor.with()));
      lines.add(cohort(factor.factor().code(), "without", factor.without()));
    }
    return lines;
  }

  private static List<Object> cohort(
      String factor, String kind, ChurnPredictorsResponse.ChurnCohort cohort) {
    List<Object> line = new ArrayList<>();
    line.add(factor);
    line.add(kind);
    line.add(cohort.customers());
    line.add(cohort.churned());
    line.add(cohort.churnRate());
    line.add(cohort.grr365().value());
    line.add(cohort.grr365().n());
    return line;
  }

  private static List<List<Object>> customers(RevenueCustomersResponse answer) {
    List<List<Object>> lines = new ArrayList<>();
    List<Object> header =
        new ArrayList<>(
            List.of(
                "customerId",
                "customerName",
                "contractDate",
                "startingArr",
                "arr",
                "band",
                "lifecycle",
                "churnedOn"));
    for (RecordComponent key : Lineage.class.getRecordComponents()) {
      header.add(key.getName());
    }
    lines.add(header);
    for (CustomerDetail customer : answer.customers()) {
      List<Object> line = new ArrayList<>();
      line.add(customer.customerId());
      line.add(customer.customerName());
      line.add(customer.contractDate());
      line.add(customer.startingArr());
      line.add(customer.arr());
      line.add(customer.band());
      line.add(customer.lifecycle() == null ? null : customer.lifecycle().code());
      line.add(customer.churnedOn());
      Lineage lineage = customer.lineage() == null ? Lineage.UNKNOWN : customer.lineage();
      for (RecordComponent key : Lineage.class.getRecordComponents()) {
        line.add(read(key, lineage));
      }
      lines.add(line);
    }
    return lines;
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Cannot read " + component, e);
    }
  }

  private static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
      text = "\"" + text.replace("\"", "\"\"") + "\"";
    }
    return text;
  }
}
