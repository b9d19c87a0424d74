package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.protocol.rest.ElementInstanceStateEnum;
import io.camunda.client.protocol.rest.ProcessInstanceFilter;
import io.camunda.client.protocol.rest.ProcessInstanceFilterFields;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceStateEnum;
import io.camunda.client.protocol.rest.ProcessInstanceStateFilterProperty;
import io.camunda.client.protocol.rest.StringFilterProperty;
import io.camunda.zeebe.protocol.impl.record.value.processinstance.ProcessInstanceRecord;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProcessInstanceSearchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** An order stuck at its active stock reservation, which has an incident. */
  private final SearchedProcessInstance stuckOrder =
      new SearchedProcessInstance(
          new ProcessInstanceResult()
              .processInstanceKey("42")
              .processDefinitionId("order-fulfilment")
              .processDefinitionName("Order fulfilment")
              .processDefinitionVersion(3)
              .processDefinitionKey("7")
              .state(ProcessInstanceStateEnum.ACTIVE)
              .startDate("2026-03-01T09:00:00.000Z")
              .hasIncident(true)
              .tenantId("<default>")
              .tags(Set.of("priority", "b2b")),
          name -> name.equals("customer") ? List.of("\"ACME\"", "\"ACME Corp\"") : List.of(),
          () ->
              List.of(
                  element("order-received", ElementInstanceStateEnum.COMPLETED, 0),
                  element("reserve-stock", ElementInstanceStateEnum.ACTIVE, 1)),
          () -> List.of("Out of stock"));

  @Test
  void matchesTheFilterAsTheCamundaClientSerializesIt() {
    final ProcessInstanceFilter clientFilter =
        new ProcessInstanceFilter()
            .processDefinitionId(new StringFilterProperty().$eq("order-fulfilment"))
            .state(new ProcessInstanceStateFilterProperty().$eq(ProcessInstanceStateEnum.ACTIVE))
            .hasIncident(true)
            .add$OrItem(
                new ProcessInstanceFilterFields()
                    .processDefinitionName(new StringFilterProperty().$like("Order*")))
            .add$OrItem(new ProcessInstanceFilterFields().hasIncident(false));

    assertThat(parse(JSON.valueToTree(clientFilter))).accepts(stuckOrder);
  }

  @Test
  void keysTakeTheBasicOperatorsAndCompareAsNumbers() {
    assertThat(filter("{'processInstanceKey':'42'}")).accepts(stuckOrder);
    assertThat(filter("{'processInstanceKey':{'$in':['41',42]}}")).accepts(stuckOrder);
    assertThat(filter("{'processInstanceKey':{'$notIn':['42']}}")).rejects(stuckOrder);
    assertThat(filter("{'parentProcessInstanceKey':{'$exists':false}}")).accepts(stuckOrder);
    assertThatThrownBy(() -> filter("{'processInstanceKey':{'$like':'4*'}}"))
        .hasMessage("Request property [filter.processInstanceKey.$like] cannot be parsed");
    assertThatThrownBy(() -> filter("{'processDefinitionKey':'seven'}"))
        .hasMessage("Request property [filter.processDefinitionKey] cannot be parsed");
  }

  @Test
  void theElementFieldsAskForOneElementInstanceThatPassesThemAll() {
    assertThat(filter("{'elementId':'reserve-stock','elementInstanceState':'ACTIVE'}"))
        .accepts(stuckOrder);
    assertThat(
            filter(
                "{'elementId':'order-received','elementInstanceState':'ACTIVE',"
                    + "'hasElementInstanceIncident':true}"))
        .as("no single element is all of that")
        .rejects(stuckOrder);
    assertThat(filter("{'elementId':{'$like':'*stock'},'hasElementInstanceIncident':true}"))
        .accepts(stuckOrder);
    assertThat(filter("{'elementInstanceState':'TERMINATED'}"))
        .as("without an elementId, as in 8.8")
        .accepts(stuckOrder);
    assertThatThrownBy(() -> filter("{'elementInstanceState':'RUNNING'}"))
        .hasMessage("Request property [filter.elementInstanceState] cannot be parsed");
  }

  @Test
  void variablesTagsAndIncidentsBelongToTheInstance() {
    assertThat(filter("{'variables':[{'name':'customer','value':'\\\"ACME Corp\\\"'}]}"))
        .as("a value in any scope")
        .accepts(stuckOrder);
    assertThat(filter("{'variables':[{'name':'total','value':{'$exists':false}}]}"))
        .accepts(stuckOrder);
    assertThat(filter("{'tags':['b2b']}")).accepts(stuckOrder);
    assertThat(filter("{'tags':['b2b','retail']}")).rejects(stuckOrder);
    assertThat(filter("{'errorMessage':{'$like':'Out of*'}}")).accepts(stuckOrder);
    assertThat(filter("{'incidentErrorHashCode':" + "Out of stock".hashCode() + "}"))
        .accepts(stuckOrder);
    assertThat(filter("{'hasRetriesLeft':true}")).rejects(stuckOrder);
    assertThat(filter("{'batchOperationId':{'$exists':true}}"))
        .as("no batch operations here")
        .rejects(stuckOrder);
  }

  @Test
  void orListsAlternativesOfTheSameFieldsButNoNestedOr() {
    assertThat(filter("{'state':'ACTIVE','$or':[{'processDefinitionVersion':{'$gt':5}}]}"))
        .rejects(stuckOrder);
    assertThat(
            filter(
                "{'$or':[{'processDefinitionVersion':{'$gt':5}},"
                    + "{'elementId':'reserve-stock','hasElementInstanceIncident':true}]}"))
        .accepts(stuckOrder);
    assertThat(filter("{'$or':[]}")).accepts(stuckOrder);
    assertThatThrownBy(() -> filter("{'$or':[{'$or':[]},{'processDefinitionIds':'x'}]}"))
        .hasMessageContaining("Request property [filter.$or[0].$or] cannot be parsed")
        .hasMessageContaining(
            "Request property [filter.$or[1].processDefinitionIds] cannot be parsed");
  }

  @Test
  void namesTheIndexEntriesThatHoldEveryMatch() {
    assertThat(
            filter(
                    "{'state':{'$in':['ACTIVE','COMPLETED']},'processDefinitionId':'order-fulfilment',"
                        + "'processInstanceKey':{'$neq':'1'},'hasIncident':true,"
                        + "'$or':[{'processDefinitionKey':'7'}]}")
                .lookups())
        .containsExactlyInAnyOrder(
            List.of(new FieldValue("state", "ACTIVE"), new FieldValue("state", "COMPLETED")),
            List.of(new FieldValue("processDefinitionId", "order-fulfilment")));
  }

  private static ElementInstanceEntry element(
      final String elementId, final ElementInstanceStateEnum state, final int incidents) {
    final ElementInstanceEntry element =
        new ElementInstanceEntry(
            elementId.hashCode(),
            1,
            new ProcessInstanceRecord()
                .setElementId(elementId)
                .setBpmnElementType(BpmnElementType.SERVICE_TASK),
            ProcessNames.NONE,
            null);
    element.state = state;
    element.activeIncidents = incidents;
    return element;
  }

  private static ProcessInstanceSearch.Filter parse(final JsonNode filter) {
    final SearchProblems problems = new SearchProblems();
    final ProcessInstanceSearch.Filter parsed = ProcessInstanceSearch.filter(filter, problems);
    problems.throwIfAny();
    return parsed;
  }

  /** A filter written with single quotes for readability. */
  private static ProcessInstanceSearch.Filter filter(final String json) {
    try {
      return parse(JSON.readTree(json.replace('\'', '"')));
    } catch (final IOException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
