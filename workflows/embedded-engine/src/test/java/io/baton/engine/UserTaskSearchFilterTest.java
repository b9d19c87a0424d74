package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.protocol.rest.DateTimeFilterProperty;
import io.camunda.client.protocol.rest.IntegerFilterProperty;
import io.camunda.client.protocol.rest.StringFilterProperty;
import io.camunda.client.protocol.rest.UserTaskFilter;
import io.camunda.client.protocol.rest.UserTaskStateEnum;
import io.camunda.client.protocol.rest.UserTaskStateFilterProperty;
import io.camunda.client.protocol.rest.VariableValueFilterProperty;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UserTaskSearchFilterTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final SearchedTask aliceReviewTask =
      SearchedTask.of(
          aliceReviewTask(),
          Map.of("customerName", "\"ACME\"", "orderVolume", "10000"),
          Map.of("reviewNote", "\"check clause 7*\""));

  /** A task as the read model keeps it, from its record and the names its process gives. */
  private static UserTaskEntry aliceReviewTask() {
    final UserTaskEntry task = new UserTaskEntry();
    task.update(
        new UserTaskRecord()
            .setUserTaskKey(42)
            .setAssignee("alice")
            .setElementId("review-contract")
            .setCandidateGroupsList(List.of("legal", "sales"))
            .setProcessInstanceKey(7)
            .setPriority(60)
            .setDueDate("2026-03-08T17:00Z[Etc/UTC]"),
        UserTaskStateEnum.CREATED,
        new ProcessNames(null, Map.of("review-contract", "Review the contract")));
    task.creationTimestamp = Instant.parse("2026-03-01T09:00:00.000Z").toEpochMilli();
    return task;
  }

  @Test
  void matchesTheFilterAsTheCamundaClientSerializesIt() {
    final UserTaskFilter clientFilter =
        new UserTaskFilter()
            .state(new UserTaskStateFilterProperty().$eq(UserTaskStateEnum.CREATED))
            .candidateGroup(new StringFilterProperty().$eq("legal"))
            .assignee(new StringFilterProperty().$eq("alice"))
            .priority(new IntegerFilterProperty().$gte(50).$lt(70))
            .dueDate(new DateTimeFilterProperty().$lt("2026-03-09T00:00+01:00"))
            .addProcessInstanceVariablesItem(
                new VariableValueFilterProperty()
                    .name("customerName")
                    .value(new StringFilterProperty().$eq("\"ACME\"")))
            .processInstanceKey("7");

    assertThat(filter(JSON.valueToTree(clientFilter))).accepts(aliceReviewTask);
  }

  @Test
  void rejectsTasksThatMissAnyCondition() {
    assertThat(filter("{'candidateGroup':'support'}")).rejects(aliceReviewTask);
    assertThat(filter("{'state':{'$in':['COMPLETED','CANCELED']}}")).rejects(aliceReviewTask);
    assertThat(filter("{'assignee':{'$exists':false}}")).rejects(aliceReviewTask);
  }

  @Test
  void supportsPlainValuesAndAdvancedOperators() {
    assertThat(
            filter(
                "{'elementId':'review-contract','userTaskKey':'42','name':'Review the contract'}"))
        .accepts(aliceReviewTask);
    assertThat(filter("{'assignee':{'$like':'al*'},'candidateGroup':{'$neq':'hr'}}"))
        .accepts(aliceReviewTask);
    assertThat(filter("{'candidateGroup':{'$notIn':['hr','legal']}}")).rejects(aliceReviewTask);
    assertThat(filter("{}")).accepts(aliceReviewTask);
    assertThat(UserTaskSearchFilter.parse(null)).accepts(aliceReviewTask);
  }

  @Test
  void priorityTakesIntegerRanges() {
    assertThat(filter("{'priority':60}")).accepts(aliceReviewTask);
    assertThat(filter("{'priority':{'$gt':59,'$lte':60}}")).accepts(aliceReviewTask);
    assertThat(filter("{'priority':{'$gte':61}}")).rejects(aliceReviewTask);
    assertThat(filter("{'priority':{'$lt':60}}")).rejects(aliceReviewTask);
    assertThat(filter("{'priority':{'$in':[10,60]}}")).accepts(aliceReviewTask);
    assertThat(filter("{'priority':{'$neq':60}}")).rejects(aliceReviewTask);
  }

  @Test
  void datesCompareAsInstantsWhateverTheirOffset() {
    assertThat(filter("{'creationDate':{'$gte':'2026-03-01T10:00:00+01:00'}}"))
        .accepts(aliceReviewTask);
    assertThat(filter("{'creationDate':{'$gt':'2026-03-01T10:00:00+01:00'}}"))
        .rejects(aliceReviewTask);
    assertThat(filter("{'dueDate':'2026-03-08T18:00:00+01:00'}")).accepts(aliceReviewTask);
    assertThat(filter("{'dueDate':{'$gt':'2026-03-01T00:00:00Z','$lt':'2026-03-09T00:00:00Z'}}"))
        .accepts(aliceReviewTask);
    assertThat(filter("{'completionDate':{'$exists':false},'followUpDate':{'$exists':false}}"))
        .accepts(aliceReviewTask);
    assertThat(filter("{'completionDate':{'$lt':'2030-01-01T00:00:00Z'}}"))
        .as("a task without the date matches no range")
        .rejects(aliceReviewTask);
  }

  @Test
  void variableValuesCompareAsCamundaStoresThemJsonEncoded() {
    assertThat(
            filter("{'processInstanceVariables':[{'name':'customerName','value':'\\\"ACME\\\"'}]}"))
        .accepts(aliceReviewTask);
    assertThat(filter("{'processInstanceVariables':[{'name':'customerName','value':'ACME'}]}"))
        .as("the value as text, not as JSON")
        .rejects(aliceReviewTask);
    assertThat(
            filter(
                "{'processInstanceVariables':[{'name':'orderVolume','value':'10000'},"
                    + "{'name':'customerName','value':{'$like':'\\\"AC*'}}]}"))
        .accepts(aliceReviewTask);
    assertThat(
            filter("{'processInstanceVariables':[{'name':'reviewNote','value':{'$exists':true}}]}"))
        .as("a local variable is not a process instance variable")
        .rejects(aliceReviewTask);
    assertThat(
            filter("{'localVariables':[{'name':'reviewNote','value':'\\\"check clause 7*\\\"'}]}"))
        .accepts(aliceReviewTask);
    assertThat(
            filter(
                "{'localVariables':[{'name':'reviewNote','value':{'$like':'*clause"
                    + " 7\\\\*\\\"'}}]}"))
        .as("a backslash escapes a wildcard")
        .accepts(aliceReviewTask);
    assertThat(filter("{'localVariables':[{'name':'skipped','value':{'$exists':false}}]}"))
        .accepts(aliceReviewTask);
    assertThat(filter("{'localVariables':[{'name':'skipped','value':{'$neq':'true'}}]}"))
        .as("any other condition needs the variable")
        .rejects(aliceReviewTask);
  }

  @Test
  void unknownFieldsAreABadRequestNamingEachOfThem() {
    assertThatThrownBy(
            () -> filter("{'assignees':'alice','candidateGroups':'legal','state':'CREATED'}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Request property [filter.assignees] cannot be parsed")
        .hasMessageContaining("Request property [filter.candidateGroups] cannot be parsed")
        .message()
        .doesNotContain("filter.state");
  }

  @Test
  void operatorsAndValuesTheFieldDoesNotTakeAreABadRequest() {
    assertThatThrownBy(() -> filter("{'assignee':{'$regex':'a'}}"))
        .hasMessage("Request property [filter.assignee.$regex] cannot be parsed");
    assertThatThrownBy(() -> filter("{'candidateGroup':{'$gt':'a'}}"))
        .hasMessage("Request property [filter.candidateGroup.$gt] cannot be parsed");
    assertThatThrownBy(() -> filter("{'priority':{'$like':'5*'}}"))
        .hasMessage("Request property [filter.priority.$like] cannot be parsed");
    assertThatThrownBy(() -> filter("{'priority':'high'}"))
        .hasMessage("Request property [filter.priority] cannot be parsed");
    assertThatThrownBy(() -> filter("{'state':'OPEN'}"))
        .hasMessage("Request property [filter.state] cannot be parsed");
    assertThatThrownBy(() -> filter("{'elementId':{'$eq':'review-contract'}}"))
        .as("a plain field in 8.8")
        .hasMessage("Request property [filter.elementId] cannot be parsed");
    assertThatThrownBy(() -> filter("{'processInstanceKey':'seven'}"))
        .hasMessage("Request property [filter.processInstanceKey] cannot be parsed");
    assertThatThrownBy(() -> filter("{'dueDate':{'$lt':'next friday'}}"))
        .hasMessage(
            "The provided filter.dueDate.$lt 'next friday' cannot be parsed as a date according to"
                + " RFC 3339, section 5.6");
    assertThatThrownBy(
            () ->
                filter("{'localVariables':[{'name':'x'}],'processInstanceVariables':{'name':'x'}}"))
        .hasMessageContaining("No value provided in 'filter.localVariables[0]'")
        .hasMessageContaining(
            "Request property [filter.processInstanceVariables] cannot be parsed");
  }

  @Test
  void namesTheIndexEntriesThatHoldEveryMatch() {
    final UserTaskSearchFilter filter =
        filter(
            "{'state':'CREATED','candidateGroup':{'$in':['legal','hr']},'processInstanceKey':'7',"
                + "'assignee':{'$like':'a*'},'priority':60}");

    assertThat(filter.lookups())
        .containsExactlyInAnyOrder(
            TaskIndex.Lookup.of(TaskIndex.STATE, List.of("CREATED")),
            TaskIndex.Lookup.of(TaskIndex.CANDIDATE_GROUP, List.of("legal", "hr")),
            TaskIndex.Lookup.of(TaskIndex.PROCESS_INSTANCE, List.of("7")));
  }

  private static UserTaskSearchFilter filter(final JsonNode filter) {
    return UserTaskSearchFilter.parse(filter);
  }

  /** A filter written with single quotes for readability. */
  private static UserTaskSearchFilter filter(final String json) {
    try {
      return filter(JSON.readTree(json.replace('\'', '"')));
    } catch (final java.io.IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
