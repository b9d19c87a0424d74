package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.protocol.rest.StringFilterProperty;
import io.camunda.client.protocol.rest.UserTaskFilter;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.UserTaskStateFilterProperty;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserTaskSearchFilterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final UserTaskResult aliceReviewTask =
      new UserTaskResult()
          .userTaskKey("42")
          .state(UserTaskStateEnum.CREATED)
          .assignee("alice")
          .elementId("review-contract")
          .candidateGroups(List.of("legal", "sales"))
          .processInstanceKey("7");

  @Test
  void matchesTheFilterAsTheCamundaClientSerializesIt() {
    final UserTaskFilter clientFilter =
        new UserTaskFilter()
            .state(new UserTaskStateFilterProperty().$eq(UserTaskStateEnum.CREATED))
            .candidateGroup(new StringFilterProperty().$eq("legal"))
            .assignee(new StringFilterProperty().$eq("alice"))
            .processInstanceKey("7");

    assertThat(filter(JSON.valueToTree(clientFilter))).accepts(aliceReviewTask);
  }

  @Test
  void rejectsTasksThatMissAnyCondition() {
    assertThat(filter(json("{\"candidateGroup\":\"support\"}"))).rejects(aliceReviewTask);
    assertThat(filter(json("{\"state\":{\"$in\":[\"COMPLETED\",\"CANCELED\"]}}")))
        .rejects(aliceReviewTask);
    assertThat(filter(json("{\"assignee\":{\"$exists\":false}}"))).rejects(aliceReviewTask);
  }

  @Test
  void supportsPlainValuesAndAdvancedOperators() {
    assertThat(filter(json("{\"elementId\":\"review-contract\",\"userTaskKey\":\"42\"}")))
        .accepts(aliceReviewTask);
    assertThat(filter(json("{\"assignee\":{\"$like\":\"al*\"},\"candidateGroup\":{\"$neq\":\"hr\"}}")))
        .accepts(aliceReviewTask);
    assertThat(filter(json("{}"))).accepts(aliceReviewTask);
    assertThat(filter(null)).accepts(aliceReviewTask);
  }

  @Test
  void unknownOperatorIsABadRequest() {
    assertThatThrownBy(() -> filter(json("{\"assignee\":{\"$regex\":\"a\"}}")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static UserTaskSearchFilter filter(final JsonNode filter) {
    return new UserTaskSearchFilter(filter);
  }

  private static JsonNode json(final String text) {
    try {
      return JSON.readTree(text);
    } catch (final Exception e) {
      throw new IllegalArgumentException(e);
    }
  }
}
