package io.baton.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.workflows.ProcessContract.Handoff;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handoff's Camunda Forms carry the fields the workers and validators read, under the names of
 * {@link ProcessContract}, so a form and its validator cannot drift apart.
 */
class HandoffFormsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<String> formIds() {
    return Stream.of(Handoff.BRIEF_FORM, Handoff.ACCEPT_HANDOFF_FORM, Handoff.ESCALATION_FORM);
  }

  @ParameterizedTest
  @MethodSource("formIds")
  void isNamedAfterItsFormIdAndDeployed(String formId) {
    assertThat(form(formId).path("id").asText()).isEqualTo(formId);
    assertThat(ProcessContract.deployableResources()).contains(ProcessContract.form(formId));
  }

  @ParameterizedTest
  @MethodSource("formIds")
  void givesEveryComponentAUniqueSemanticId(String formId) {
    List<String> ids =
        components(form(formId)).map(component -> component.path("id").asText()).toList();

    assertThat(ids)
        .isNotEmpty()
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[A-Z][A-Za-z]+"), "is a PascalCase name")
        .noneMatch(id -> id.matches("[A-Za-z]+_[0-9a-z]{7}"));
  }

  @ParameterizedTest
  @ValueSource(strings = {Handoff.BRIEF_FORM, Handoff.ACCEPT_HANDOFF_FORM})
  void showsTheBriefsListsWithTheFieldsTheValidatorReads(String formId) {
    JsonNode form = form(formId);

    assertThat(childKeys(dynamicList(form, Handoff.PROMISES)))
        .containsExactly(Handoff.PROMISE_TEXT, Handoff.PROMISE_OWNER, Handoff.PROMISE_DUE_DATE);
    assertThat(childKeys(dynamicList(form, Handoff.STAKEHOLDERS)))
        .containsExactly(
            Handoff.STAKEHOLDER_NAME, Handoff.STAKEHOLDER_ROLE, Handoff.STAKEHOLDER_CONTACT);
    assertThat(childKeys(dynamicList(form, Handoff.SUCCESS_CRITERIA)))
        .containsExactly(
            Handoff.CRITERION_METRIC, Handoff.CRITERION_BASELINE, Handoff.CRITERION_TARGET);
    assertThat(keys(form)).contains(Handoff.RISKS, Handoff.NOT_SOLD, Handoff.DESIRED_GO_LIVE_DATE);
  }

  @ParameterizedTest
  @ValueSource(strings = {Handoff.BRIEF_FORM, Handoff.ACCEPT_HANDOFF_FORM})
  void offersTheStakeholderRolesTheValidatorRequires(String formId) {
    JsonNode role =
        field(dynamicList(form(formId), Handoff.STAKEHOLDERS), Handoff.STAKEHOLDER_ROLE);

    assertThat(role.path("type").asText()).isEqualTo("select");
    assertThat(values(role)).contains(Handoff.ROLE_CHAMPION, Handoff.ROLE_ECONOMIC_BUYER);
  }

  @Test
  void briefFormRequiresWhatEveryPromiseStakeholderAndCriterionMustName() {
    JsonNode form = form(Handoff.BRIEF_FORM);

    assertThat(requiredKeys(dynamicList(form, Handoff.PROMISES)))
        .containsExactly(Handoff.PROMISE_TEXT, Handoff.PROMISE_OWNER, Handoff.PROMISE_DUE_DATE);
    assertThat(requiredKeys(dynamicList(form, Handoff.STAKEHOLDERS)))
        .containsExactly(Handoff.STAKEHOLDER_NAME, Handoff.STAKEHOLDER_ROLE);
    assertThat(requiredKeys(dynamicList(form, Handoff.SUCCESS_CRITERIA)))
        .containsExactly(Handoff.CRITERION_METRIC, Handoff.CRITERION_BASELINE);
    assertThat(dynamicList(form, Handoff.PROMISES).path("allowAddRemove").asBoolean()).isTrue();
  }

  @Test
  void briefFormShowsTheReturnQuestionsReadOnly() {
    JsonNode questions = field(form(Handoff.BRIEF_FORM), Handoff.RETURN_QUESTIONS);

    assertThat(questions.path("readonly").asBoolean()).isTrue();
  }

  @Test
  void acceptFormShowsTheBriefReadOnly() {
    JsonNode form = form(Handoff.ACCEPT_HANDOFF_FORM);

    assertThat(
            Stream.of(Handoff.PROMISES, Handoff.STAKEHOLDERS, Handoff.SUCCESS_CRITERIA)
                .map(path -> dynamicList(form, path))
                .flatMap(HandoffFormsTest::components))
        .allMatch(field -> field.path("readonly").asBoolean(), "is read-only");
    assertThat(
            Stream.of(Handoff.RISKS, Handoff.NOT_SOLD, Handoff.DESIRED_GO_LIVE_DATE)
                .map(key -> field(form, key)))
        .allMatch(field -> field.path("readonly").asBoolean(), "is read-only");
  }

  @Test
  void acceptFormAsksForARequiredDecisionToAcceptOrReturn() {
    JsonNode form = form(Handoff.ACCEPT_HANDOFF_FORM);
    JsonNode decision = field(form, Handoff.DECISION);

    assertThat(values(decision)).containsExactly(Handoff.DECISION_ACCEPT, Handoff.DECISION_RETURN);
    assertThat(decision.path("validate").path("required").asBoolean()).isTrue();
    assertThat(keys(form)).contains(Handoff.ACCEPTANCE_NOTE, Handoff.RETURN_QUESTIONS);
    assertThat(keys(form))
        .as("who accepts is the user who completes the task, never a field")
        .doesNotContain(Handoff.ACCOUNT_MANAGER);
  }

  @Test
  void escalationFormAsksWhatWasDone() {
    JsonNode note = field(form(Handoff.ESCALATION_FORM), "escalationNote");

    assertThat(note.path("validate").path("required").asBoolean()).isTrue();
  }

  private static JsonNode form(String formId) {
    String resource = ProcessContract.form(formId);
    try (InputStream in = HandoffFormsTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every component in the form or list, nested ones too, depth first. */
  private static Stream<JsonNode> components(JsonNode container) {
    return container
        .path("components")
        .valueStream()
        .flatMap(component -> Stream.concat(Stream.of(component), components(component)));
  }

  private static List<String> keys(JsonNode form) {
    return components(form).filter(c -> c.has("key")).map(c -> c.path("key").asText()).toList();
  }

  private static JsonNode dynamicList(JsonNode form, String path) {
    List<JsonNode> lists =
        components(form)
            .filter(c -> c.path("type").asText().equals("dynamiclist"))
            .filter(c -> c.path("path").asText().equals(path))
            .toList();
    assertThat(lists).as("dynamic lists at path %s", path).hasSize(1);
    return lists.getFirst();
  }

  private static List<String> childKeys(JsonNode list) {
    return list.path("components").valueStream().map(c -> c.path("key").asText()).toList();
  }

  private static List<String> requiredKeys(JsonNode list) {
    return list.path("components")
        .valueStream()
        .filter(c -> c.path("validate").path("required").asBoolean())
        .map(c -> c.path("key").asText())
        .toList();
  }

  private static JsonNode field(JsonNode container, String key) {
    List<JsonNode> fields =
        components(container).filter(c -> c.path("key").asText().equals(key)).toList();
    assertThat(fields).as("fields with key %s", key).hasSize(1);
    return fields.getFirst();
  }

  private static List<String> values(JsonNode field) {
    return field.path("values").valueStream().map(v -> v.path("value").asText()).toList();
  }
}
