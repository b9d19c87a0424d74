package io.baton.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.support.web.ProblemDetailsAdvice.FieldError;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

class ProblemResponsesTest {

  private static final String LEAD = "#/components/schemas/LeadResponse";
  private static final String PROBLEM = "#/components/schemas/ProblemDetail";

  @Test
  void everyErrorOfEveryOperationIsProblemJsonAndTheSuccessesAreLeftAsTheyWere() {
    OpenAPI api = api();

    new ProblemResponses().customise(api);

    ApiResponses read = api.getPaths().get("/api/leads/{leadId}").getGet().getResponses();
    assertThat(read.keySet()).containsExactlyInAnyOrder("200", "401", "403", "404", "503");
    assertThat(read.get("404").getDescription()).isEqualTo("No such lead");
    for (String error : List.of("401", "403", "404", "503")) {
      assertThat(read.get(error).getContent().keySet())
          .as(error)
          .containsExactly("application/problem+json");
      assertThat(read.get(error).getContent().get("application/problem+json").getSchema().get$ref())
          .as(error)
          .isEqualTo(PROBLEM);
    }
    assertThat(read.get("200").getContent().get("*/*").getSchema().get$ref()).isEqualTo(LEAD);
    assertThat(read.get("503").getHeaders()).containsKey("Retry-After");

    ApiResponses receive = api.getPaths().get("/api/leads").getPost().getResponses();
    assertThat(receive.keySet())
        .containsExactlyInAnyOrder("201", "400", "401", "403", "413", "503");
    assertThat(receive.get("400").getDescription())
        .isEqualTo("Invalid input, naming each wrong field");
    assertThat(
            receive.get("413").getContent().get("application/problem+json").getSchema().get$ref())
        .isEqualTo(PROBLEM);
  }

  /**
   * An operation that needs no token (a signed intake, {@code security: []}) documents its own 401
   * and is not said to answer 403 for the caller's roles.
   */
  @Test
  void anOperationWithoutATokenKeepsItsOwn401AndGetsNo403() {
    OpenAPI api = api();
    Operation signed =
        new Operation()
            .security(List.of())
            .requestBody(new RequestBody())
            .responses(
                new ApiResponses()
                    .addApiResponse("202", new ApiResponse().description("Accepted"))
                    .addApiResponse("401", new ApiResponse().description("No valid signature")));
    api.getPaths().addPathItem("/api/handoffs/intake/webhook", new PathItem().post(signed));

    new ProblemResponses().customise(api);

    assertThat(signed.getResponses().keySet())
        .containsExactlyInAnyOrder("202", "400", "401", "413", "503");
    assertThat(signed.getResponses().get("401").getDescription()).isEqualTo("No valid signature");
    assertThat(signed.getResponses().get("401").getContent().keySet())
        .containsExactly("application/problem+json");
  }

  /** The schema has a property for every member a problem is sent with, the field errors too. */
  @Test
  void theProblemSchemaDescribesEveryMemberOfWhatIsSent() {
    OpenAPI api = api();
    new ProblemResponses().customise(api);
    ProblemDetail invalid =
        ProblemDetailsAdvice.invalidInput(
            List.of(new FieldError("company.size", "must be positive")));
    invalid.setInstance(URI.create("/api/leads"));

    ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    JsonNode sent = json.valueToTree(invalid);

    Schema<?> problem = api.getComponents().getSchemas().get(ProblemResponses.PROBLEM);
    assertThat(problem.getProperties().keySet())
        .containsAll(names(sent.fieldNames()))
        .contains("type", "title", "status", "detail", "instance", "errors");
    Schema<?> fieldError = api.getComponents().getSchemas().get(ProblemResponses.FIELD_ERROR);
    assertThat(fieldError.getProperties().keySet())
        .containsExactlyInAnyOrderElementsOf(names(sent.path("errors").get(0).fieldNames()));
  }

  private static List<String> names(Iterator<String> names) {
    List<String> all = new ArrayList<>();
    names.forEachRemaining(all::add);
    return all;
  }

  private static OpenAPI api() {
    Content lead =
        new Content().addMediaType("*/*", new MediaType().schema(new Schema<>().$ref(LEAD)));
    return new OpenAPI()
        .paths(
            new Paths()
                .addPathItem(
                    "/api/leads/{leadId}",
                    new PathItem()
                        .get(
                            new Operation()
                                .responses(
                                    new ApiResponses()
                                        .addApiResponse(
                                            "200",
                                            new ApiResponse().description("The lead").content(lead))
                                        .addApiResponse(
                                            "404",
                                            new ApiResponse()
                                                .description("No such lead")
                                                .content(lead)))))
                .addPathItem(
                    "/api/leads",
                    new PathItem()
                        .post(
                            new Operation()
                                .requestBody(new RequestBody().content(lead))
                                .responses(
                                    new ApiResponses()
                                        .addApiResponse(
                                            "201",
                                            new ApiResponse().description("Received").content(lead))
                                        .addApiResponse(
                                            "400",
                                            new ApiResponse()
                                                .description(
                                                    "Invalid input, naming each wrong field")
                                                .content(lead))))));
  }
}
