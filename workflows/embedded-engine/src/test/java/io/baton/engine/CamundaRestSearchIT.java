package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baton.testsupport.TestTokens;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.ElementInstanceType;
import io.camunda.client.api.search.enums.IncidentErrorType;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.enums.ProcessInstanceState;
import io.camunda.client.api.search.filter.ProcessInstanceFilter;
import io.camunda.client.api.search.request.SearchRequestPage;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.Variable;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.VariableResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read side of Camunda 8.8's REST API (process instances, element instances, variables,
 * incidents) driven by the official Camunda client over REST, on real instances of an order
 * process: one completed, one whose stock reservation failed for good (a job incident), one that
 * cannot be routed (its routing condition fails), one whose job failed with retries left, one
 * called by an onboarding process whose job failed (its incident counts for the caller too), one
 * cancelled, and one whose routing incident was resolved. Authorizations are on: only a supervisor
 * reads process data. The client reads responses leniently, so the JSON is also read strictly into
 * Camunda's 8.8 models.
 */
@Timeout(120)
class CamundaRestSearchIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ObjectMapper STRICT_JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final String OPS = TestTokens.of("olga", "system");
  private static final String SALES_REP = TestTokens.of("sam", "sales");

  @TempDir static Path dataDir;
  private static RunningEngine engine;
  private static CamundaClient grpc;
  private static CamundaClient rest;
  private static OffsetDateTime startedAt;

  /** The order instances by name (see the class comment), and the onboarding instance. */
  private static long completed;

  private static long outOfStock;
  private static long unroutable;
  private static long retrying;
  private static long onboarding;
  private static long called;
  private static long cancelled;
  private static long resolved;

  @BeforeAll
  static void runOrdersIntoEveryState() {
    engine = RunningEngine.startWithAuthorizations(dataDir);
    grpc = engine.newClient(OPS);
    rest = engine.newRestClient(OPS);
    deployProcesses();
    startedAt = OffsetDateTime.now().minusSeconds(1);
    completed = startOrder("order-fulfilment", "ACME", 100, false);
    outOfStock = startOrder("order-fulfilment", "Globex", 250, true);
    unroutable = startOrder("order-fulfilment", "ACME", 75, null);
    retrying = startOrder("order-fulfilment", "Initech", 500, true);
    onboarding = startOrder("onboarding", "Umbrella", 40, false);
    cancelled = startOrder("order-fulfilment", "Hooli", 60, false);
    resolved = startOrder("order-fulfilment", "Stark", 90, null);
    grpc.newCancelInstanceCommand(cancelled).send().join();
    called =
        await()
            .atMost(WAIT)
            .until(
                () ->
                    rest.newProcessInstanceSearchRequest()
                        .filter(filter -> filter.parentProcessInstanceKey(onboarding))
                        .send()
                        .join()
                        .items(),
                items -> items.size() == 1)
            .getFirst()
            .getProcessInstanceKey();

    final Map<Long, ActivatedJob> jobs = reservationJobs();
    grpc.newCompleteCommand(jobs.get(completed)).send().join();
    grpc.newCompleteCommand(jobs.get(unroutable)).send().join();
    grpc.newCompleteCommand(jobs.get(resolved)).send().join();
    grpc.newFailCommand(jobs.get(outOfStock)).retries(0).errorMessage("Out of stock").send().join();
    grpc.newFailCommand(jobs.get(called)).retries(0).errorMessage("Out of stock").send().join();
    grpc.newFailCommand(jobs.get(retrying)).retries(2).errorMessage("Warehouse busy").send().join();

    final Incident routing =
        await()
            .atMost(WAIT)
            .until(() -> activeIncidents(resolved), incidents -> incidents.size() == 1)
            .getFirst();
    grpc.newSetVariablesCommand(resolved).variables(Map.of("express", true)).send().join();
    grpc.newResolveIncidentCommand(routing.getIncidentKey()).send().join();
    await()
        .atMost(WAIT)
        .until(
            () -> states(filter -> {}),
            states ->
                states.equals(
                    Map.of(
                        completed, ProcessInstanceState.COMPLETED,
                        outOfStock, ProcessInstanceState.ACTIVE,
                        unroutable, ProcessInstanceState.ACTIVE,
                        retrying, ProcessInstanceState.ACTIVE,
                        onboarding, ProcessInstanceState.ACTIVE,
                        called, ProcessInstanceState.ACTIVE,
                        cancelled, ProcessInstanceState.TERMINATED,
                        resolved, ProcessInstanceState.COMPLETED)));
    await()
        .atMost(WAIT)
        .until(
            () ->
                rest.newIncidentSearchRequest()
                    .filter(filter -> filter.state(IncidentState.ACTIVE))
                    .send()
                    .join()
                    .items(),
            incidents -> incidents.size() == 3);
  }

  @AfterAll
  static void stopEngine() {
    rest.close();
    grpc.close();
    engine.close();
  }

  @Test
  void getsProcessInstancesAsCamundaAnswersThem() {
    final ProcessInstance failed = rest.newProcessInstanceGetRequest(outOfStock).send().join();
    assertThat(failed.getProcessInstanceKey()).isEqualTo(outOfStock);
    assertThat(failed.getProcessDefinitionId()).isEqualTo("order-fulfilment");
    assertThat(failed.getProcessDefinitionName()).isEqualTo("Order fulfilment");
    assertThat(failed.getProcessDefinitionVersion()).isEqualTo(1);
    assertThat(failed.getProcessDefinitionKey()).isPositive();
    assertThat(failed.getState()).isEqualTo(ProcessInstanceState.ACTIVE);
    assertThat(failed.getHasIncident()).isTrue();
    assertThat(failed.getStartDate()).isAfter(startedAt);
    assertThat(failed.getEndDate()).isNull();
    assertThat(failed.getParentProcessInstanceKey()).isNull();
    assertThat(failed.getTenantId()).isEqualTo("<default>");

    final ProcessInstance done = rest.newProcessInstanceGetRequest(completed).send().join();
    assertThat(done.getState()).isEqualTo(ProcessInstanceState.COMPLETED);
    assertThat(done.getEndDate()).isAfterOrEqualTo(done.getStartDate());
    assertThat(done.getHasIncident()).isFalse();

    final ProcessInstance child = rest.newProcessInstanceGetRequest(called).send().join();
    final ElementInstance callActivity =
        rest.newElementInstanceGetRequest(child.getParentElementInstanceKey()).send().join();
    assertThat(child.getParentProcessInstanceKey()).isEqualTo(onboarding);
    assertThat(callActivity.getElementId()).isEqualTo("first-order");
    assertThat(callActivity.getType()).isEqualTo(ElementInstanceType.CALL_ACTIVITY);
    assertThat(callActivity.getIncident()).as("its called instance has one").isTrue();
    assertThat(callActivity.getIncidentKey()).isNull();
    assertThat(rest.newProcessInstanceGetRequest(onboarding).send().join().getHasIncident())
        .isTrue();
    assertThat(rest.newProcessInstanceGetRequest(resolved).send().join().getHasIncident())
        .as("its incident was resolved")
        .isFalse();

    assertProblem(() -> rest.newProcessInstanceGetRequest(42L).send().join(), 404);
  }

  @Test
  void filtersProcessInstancesByEveryCommonField() {
    assertThat(keys(filter -> filter.state(ProcessInstanceState.ACTIVE)))
        .containsExactlyInAnyOrder(outOfStock, unroutable, retrying, onboarding, called);
    assertThat(keys(filter -> filter.state(state -> state.in(ProcessInstanceState.TERMINATED))))
        .containsExactly(cancelled);
    assertThat(keys(filter -> filter.hasIncident(true)))
        .containsExactlyInAnyOrder(outOfStock, unroutable, onboarding, called);
    assertThat(keys(filter -> filter.processDefinitionId("onboarding")))
        .containsExactly(onboarding);
    assertThat(keys(filter -> filter.processDefinitionName(name -> name.like("Customer*"))))
        .containsExactly(onboarding);
    assertThat(keys(filter -> filter.processDefinitionVersion(version -> version.gte(2))))
        .isEmpty();
    assertThat(keys(filter -> filter.parentProcessInstanceKey(onboarding))).containsExactly(called);
    assertThat(keys(filter -> filter.processInstanceKey(key -> key.in(completed, cancelled))))
        .containsExactlyInAnyOrder(completed, cancelled);
    final long orderProcess =
        rest.newProcessInstanceGetRequest(completed).send().join().getProcessDefinitionKey();
    assertThat(keys(filter -> filter.processDefinitionKey(orderProcess))).hasSize(7);
    assertThat(keys(filter -> filter.startDate(start -> start.gte(startedAt)))).hasSize(8);
    assertThat(keys(filter -> filter.startDate(start -> start.lt(startedAt)))).isEmpty();
    assertThat(keys(filter -> filter.endDate(end -> end.exists(true))))
        .containsExactlyInAnyOrder(completed, cancelled, resolved);
    assertThat(keys(filter -> filter.tenantId("<default>"))).hasSize(8);
    assertThat(keys(filter -> filter.variables(Map.of("customer", "\"ACME\""))))
        .containsExactlyInAnyOrder(completed, unroutable);
    assertThat(keys(filter -> filter.errorMessage("Out of stock")))
        .containsExactlyInAnyOrder(outOfStock, called);
    assertThat(keys(filter -> filter.hasRetriesLeft(true))).containsExactly(retrying);
    assertThat(
            keys(
                filter ->
                    filter
                        .elementId("route-order")
                        .elementInstanceState(ElementInstanceState.ACTIVE)
                        .hasElementInstanceIncident(true)))
        .containsExactly(unroutable);
    assertThat(
            keys(
                filter ->
                    filter
                        .state(ProcessInstanceState.COMPLETED)
                        .orFilters(
                            List.of(
                                or -> or.variables(Map.of("customer", "\"ACME\"")),
                                or -> or.processDefinitionId("onboarding")))))
        .containsExactly(completed);
  }

  @Test
  void sortsAndPagesProcessInstancesWithCursors() {
    final List<Long> byStateThenKey =
        rest
            .newProcessInstanceSearchRequest()
            .sort(sort -> sort.state().asc().processInstanceKey().desc())
            .send()
            .join()
            .items()
            .stream()
            .map(ProcessInstance::getProcessInstanceKey)
            .toList();
    assertThat(byStateThenKey)
        .containsExactly(
            called, onboarding, retrying, unroutable, outOfStock, resolved, completed, cancelled);

    final List<ProcessInstance> all = byStartDate(page -> page.limit(8)).items();
    assertThat(all)
        .extracting(ProcessInstance::getStartDate)
        .isSortedAccordingTo(OffsetDateTime::compareTo);
    final List<Long> ordered = keys(all);
    assertThat(ordered.subList(0, 4))
        .as("created one after the other")
        .containsExactly(completed, outOfStock, unroutable, retrying);

    final SearchResponse<ProcessInstance> first = byStartDate(page -> page.limit(3));
    assertThat(keys(first.items())).isEqualTo(ordered.subList(0, 3));
    assertThat(first.page().totalItems()).isEqualTo(8);
    final SearchResponse<ProcessInstance> second =
        byStartDate(page -> page.limit(3).after(first.page().endCursor()));
    assertThat(keys(second.items())).isEqualTo(ordered.subList(3, 6));
    final SearchResponse<ProcessInstance> last =
        byStartDate(page -> page.limit(3).after(second.page().endCursor()));
    assertThat(keys(last.items())).isEqualTo(ordered.subList(6, 8));
    assertThat(byStartDate(page -> page.limit(3).after(last.page().endCursor())).items()).isEmpty();
    assertThat(keys(byStartDate(page -> page.limit(3).before(last.page().startCursor())).items()))
        .isEqualTo(ordered.subList(3, 6));
    assertThat(keys(byStartDate(page -> page.from(6).limit(3)).items()))
        .as("offset paging")
        .isEqualTo(ordered.subList(6, 8));
  }

  @Test
  void searchesAndGetsElementInstances() {
    final List<ElementInstance> elements =
        rest.newElementInstanceSearchRequest()
            .filter(filter -> filter.processInstanceKey(outOfStock))
            .sort(sort -> sort.elementInstanceKey().asc())
            .send()
            .join()
            .items();
    assertThat(elements)
        .as("the process element is the process instance, not an element instance")
        .extracting(
            ElementInstance::getElementId,
            ElementInstance::getElementName,
            ElementInstance::getType,
            ElementInstance::getState,
            ElementInstance::getIncident)
        .containsExactly(
            tuple(
                "order-received",
                "Order received",
                ElementInstanceType.START_EVENT,
                ElementInstanceState.COMPLETED,
                false),
            tuple(
                "reserve-stock",
                "Reserve stock",
                ElementInstanceType.SERVICE_TASK,
                ElementInstanceState.ACTIVE,
                true));
    final ElementInstance reservation = elements.getLast();
    final Incident incident = activeIncidents(outOfStock).getFirst();
    assertThat(reservation.getIncidentKey()).isEqualTo(incident.getIncidentKey());
    assertThat(reservation.getProcessDefinitionId()).isEqualTo("order-fulfilment");
    assertThat(reservation.getStartDate()).isAfter(startedAt);
    assertThat(reservation.getEndDate()).isNull();
    assertThat(
            rest.newElementInstanceGetRequest(reservation.getElementInstanceKey())
                .send()
                .join()
                .getIncidentKey())
        .isEqualTo(incident.getIncidentKey());

    assertThat(
            rest.newElementInstanceSearchRequest()
                .filter(
                    filter ->
                        filter
                            .type(ElementInstanceType.SERVICE_TASK)
                            .state(ElementInstanceState.ACTIVE)
                            .hasIncident(true))
                .send()
                .join()
                .items())
        .extracting(ElementInstance::getProcessInstanceKey)
        .containsExactlyInAnyOrder(outOfStock, called);
    assertThat(
            rest.newElementInstanceSearchRequest()
                .filter(filter -> filter.elementInstanceScopeKey(resolved))
                .sort(sort -> sort.startDate().asc().elementInstanceKey().asc())
                .send()
                .join()
                .items())
        .extracting(ElementInstance::getElementId)
        .containsExactly("order-received", "reserve-stock", "route-order", "shipped-express");
    final SearchResponse<ElementInstance> routings =
        rest.newElementInstanceSearchRequest()
            .filter(filter -> filter.elementName("Route order"))
            .sort(sort -> sort.endDate().desc())
            .page(page -> page.limit(1))
            .send()
            .join();
    assertThat(routings.page().totalItems()).isEqualTo(3);
    assertThat(routings.items())
        .as("ended last; the unrouted one has not ended, so it sorts last")
        .extracting(ElementInstance::getProcessInstanceKey)
        .containsExactly(resolved);

    assertProblem(() -> rest.newElementInstanceGetRequest(42L).send().join(), 404);
  }

  @Test
  void searchesAndGetsVariables() {
    assertThat(
            rest.newVariableSearchRequest()
                .filter(filter -> filter.processInstanceKey(outOfStock))
                .sort(sort -> sort.name().asc())
                .send()
                .join()
                .items())
        .extracting(Variable::getName, Variable::getValue, Variable::isTruncated)
        .containsExactly(
            tuple("customer", "\"Globex\"", false),
            tuple("express", "true", false),
            tuple("total", "250", false));
    assertThat(
            rest.newVariableSearchRequest()
                .filter(filter -> filter.name("customer").value("\"ACME\""))
                .send()
                .join()
                .items())
        .extracting(Variable::getProcessInstanceKey)
        .containsExactlyInAnyOrder(completed, unroutable);

    final SearchResponse<Variable> totals =
        rest.newVariableSearchRequest()
            .filter(filter -> filter.name(name -> name.like("tot*")))
            .sort(sort -> sort.value().desc())
            .page(page -> page.limit(2))
            .send()
            .join();
    assertThat(totals.page().totalItems()).as("the called instance's total too").isEqualTo(8);
    assertThat(totals.items()).extracting(Variable::getValue).containsExactly("90", "75");

    final Variable express =
        rest.newVariableSearchRequest()
            .filter(filter -> filter.name("express").scopeKey(resolved))
            .send()
            .join()
            .items()
            .getFirst();
    final Variable fetched = rest.newVariableGetRequest(express.getVariableKey()).send().join();
    assertThat(fetched.getValue()).as("set to resolve the incident").isEqualTo("true");
    assertThat(fetched.getScopeKey()).isEqualTo(resolved);
    assertThat(fetched.getProcessInstanceKey()).isEqualTo(resolved);

    assertProblem(() -> rest.newVariableGetRequest(42L).send().join(), 404);
  }

  @Test
  void searchesAndGetsIncidents() {
    final List<Incident> active =
        rest.newIncidentSearchRequest()
            .filter(filter -> filter.state(IncidentState.ACTIVE))
            .sort(sort -> sort.processInstanceKey().asc())
            .send()
            .join()
            .items();
    assertThat(active)
        .extracting(
            Incident::getProcessInstanceKey,
            Incident::getErrorType,
            Incident::getElementId,
            Incident::getProcessDefinitionId)
        .containsExactly(
            tuple(
                outOfStock, IncidentErrorType.JOB_NO_RETRIES, "reserve-stock", "order-fulfilment"),
            tuple(
                unroutable,
                IncidentErrorType.EXTRACT_VALUE_ERROR,
                "route-order",
                "order-fulfilment"),
            tuple(called, IncidentErrorType.JOB_NO_RETRIES, "reserve-stock", "order-fulfilment"));
    final Incident stock = active.getFirst();
    assertThat(stock.getErrorMessage()).isEqualTo("Out of stock");
    assertThat(stock.getJobKey()).isPositive();
    assertThat(stock.getCreationTime()).isAfter(startedAt);
    assertThat(stock.getTenantId()).isEqualTo("<default>");
    assertThat(active.get(1).getJobKey()).isNull();

    assertThat(
            rest.newIncidentSearchRequest()
                .filter(filter -> filter.processInstanceKey(resolved))
                .send()
                .join()
                .items())
        .extracting(Incident::getState, Incident::getErrorType)
        .containsExactly(tuple(IncidentState.RESOLVED, IncidentErrorType.EXTRACT_VALUE_ERROR));
    assertThat(
            rest.newIncidentSearchRequest()
                .filter(
                    filter ->
                        filter
                            .errorType(IncidentErrorType.EXTRACT_VALUE_ERROR)
                            .creationTime(created -> created.gte(startedAt)))
                .sort(sort -> sort.creationTime().asc())
                .send()
                .join()
                .items())
        .extracting(Incident::getProcessInstanceKey)
        .containsExactly(unroutable, resolved);

    final Incident fetched = rest.newIncidentGetRequest(stock.getIncidentKey()).send().join();
    assertThat(fetched.getElementInstanceKey()).isEqualTo(stock.getElementInstanceKey());
    assertThat(fetched.getState()).isEqualTo(IncidentState.ACTIVE);
    assertProblem(() -> rest.newIncidentGetRequest(42L).send().join(), 404);
  }

  /**
   * The Camunda client reads REST responses leniently, so the JSON is read here as strictly as a
   * check of the contract: every field must be one of the 8.8 model's.
   */
  @Test
  void answersJsonThatReadsStrictlyIntoCamundasModels() throws Exception {
    final Incident incident = activeIncidents(outOfStock).getFirst();
    final long variable =
        rest.newVariableSearchRequest().send().join().items().getFirst().getVariableKey();

    assertThat(
            strictly("POST", "/v2/process-instances/search", ProcessInstanceSearchQueryResult.class)
                .getItems())
        .hasSize(8);
    assertThat(
            strictly("POST", "/v2/element-instances/search", ElementInstanceSearchQueryResult.class)
                .getItems())
        .isNotEmpty();
    assertThat(strictly("POST", "/v2/variables/search", VariableSearchQueryResult.class).getItems())
        .isNotEmpty();
    assertThat(strictly("POST", "/v2/incidents/search", IncidentSearchQueryResult.class).getItems())
        .hasSize(4);
    assertThat(
            strictly("GET", "/v2/process-instances/" + outOfStock, ProcessInstanceResult.class)
                .getHasIncident())
        .isTrue();
    assertThat(
            strictly(
                    "GET",
                    "/v2/element-instances/" + incident.getElementInstanceKey(),
                    ElementInstanceResult.class)
                .getIncidentKey())
        .isEqualTo(String.valueOf(incident.getIncidentKey()));
    assertThat(strictly("GET", "/v2/variables/" + variable, VariableResult.class).getVariableKey())
        .isEqualTo(String.valueOf(variable));
    assertThat(
            strictly("GET", "/v2/incidents/" + incident.getIncidentKey(), IncidentResult.class)
                .getState())
        .isEqualTo(IncidentResult.StateEnum.ACTIVE);
  }

  @Test
  void whatCamundaRejectsIsA400ProblemNamingIt() throws Exception {
    assertBadRequest(
        "/v2/process-instances/search",
        Map.of("filter", Map.of("processDefinitionIds", "x", "state", "ACTIVE")),
        "Request property [filter.processDefinitionIds] cannot be parsed");
    assertBadRequest(
        "/v2/process-instances/search",
        Map.of("filter", Map.of("$or", List.of(Map.of("$or", List.of())))),
        "Request property [filter.$or[0].$or] cannot be parsed");
    assertBadRequest(
        "/v2/process-instances/search",
        Map.of("filter", Map.of("processInstanceKey", Map.of("$like", "1*"))),
        "Request property [filter.processInstanceKey.$like] cannot be parsed");
    assertBadRequest(
        "/v2/process-instances/search",
        Map.of("sort", List.of(Map.of("field", "creationDate"))),
        "Unknown sortBy: creationDate");
    assertBadRequest(
        "/v2/element-instances/search",
        Map.of("filter", Map.of("state", "RUNNING")),
        "Request property [filter.state] cannot be parsed");
    assertBadRequest(
        "/v2/variables/search",
        Map.of("filter", Map.of("elementId", "x")),
        "Request property [filter.elementId] cannot be parsed");
    assertBadRequest(
        "/v2/incidents/search",
        Map.of("filter", Map.of("creationTime", Map.of("$gt", "yesterday"))),
        "The provided filter.creationTime.$gt 'yesterday' cannot be parsed as a date");
    assertBadRequest(
        "/v2/incidents/search",
        Map.of("sort", List.of(Map.of("field", "severity")), "page", Map.of("limit", 10_001)),
        "Unknown sortBy: severity");

    assertProblem(
        () ->
            rest.newProcessInstanceSearchRequest()
                .sort(sort -> sort.startDate())
                .page(page -> page.after("not a cursor"))
                .send()
                .join(),
        400);
  }

  @Test
  void onlySupervisorsReadProcessDataOthersSearchesFindNothing() throws Exception {
    try (CamundaClient salesRep = engine.newRestClient(SALES_REP)) {
      assertThat(salesRep.newProcessInstanceSearchRequest().send().join().items()).isEmpty();
      assertThat(salesRep.newElementInstanceSearchRequest().send().join().items()).isEmpty();
      assertThat(salesRep.newVariableSearchRequest().send().join().items()).isEmpty();
      assertThat(salesRep.newIncidentSearchRequest().send().join().items()).isEmpty();
      assertProblem(() -> salesRep.newProcessInstanceGetRequest(completed).send().join(), 403);
      final Incident incident = activeIncidents(outOfStock).getFirst();
      assertProblem(
          () -> salesRep.newIncidentGetRequest(incident.getIncidentKey()).send().join(), 403);
      assertProblem(
          () ->
              salesRep.newElementInstanceGetRequest(incident.getElementInstanceKey()).send().join(),
          403);
    }
    final HttpResponse<String> nothing =
        post("/v2/variables/search", SALES_REP, Map.of("filter", Map.of("name", "customer")));
    assertThat(nothing.statusCode()).isEqualTo(200);
    assertThat(nothing.body()).doesNotContain("ACME").contains("\"totalItems\":0");
    final HttpResponse<String> forbidden =
        call("GET", "/v2/process-instances/" + completed, SALES_REP, null);
    assertThat(forbidden.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(forbidden.body()).contains("\"title\":\"FORBIDDEN\"");
    assertThat(post("/v2/incidents/search", null, Map.of()).statusCode()).isEqualTo(401);
    assertThat(post("/v2/incidents/search", OPS, Map.of()).statusCode()).isEqualTo(200);
  }

  private static void deployProcesses() {
    grpc.newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("order-fulfilment")
                .name("Order fulfilment")
                .startEvent("order-received")
                .name("Order received")
                .serviceTask(
                    "reserve-stock", task -> task.name("Reserve stock").zeebeJobType("reserve"))
                .exclusiveGateway("route-order")
                .name("Route order")
                .conditionExpression("= express")
                .endEvent("shipped-express")
                .moveToLastGateway()
                .conditionExpression("= not(express)")
                .endEvent("shipped")
                .done(),
            "order-fulfilment.bpmn")
        .addProcessModel(
            Bpmn.createExecutableProcess("onboarding")
                .name("Customer onboarding")
                .startEvent("customer-signed")
                .callActivity("first-order", call -> call.zeebeProcessId("order-fulfilment"))
                .endEvent("onboarded")
                .done(),
            "onboarding.bpmn")
        .send()
        .join();
  }

  /** An order, or an onboarding with its first order; without {@code express} it cannot route. */
  private static long startOrder(
      final String process, final String customer, final int total, final Boolean express) {
    final Map<String, Object> variables =
        new HashMap<>(Map.of("customer", customer, "total", total));
    if (express != null) {
      variables.put("express", express);
    }
    return grpc.newCreateInstanceCommand()
        .bpmnProcessId(process)
        .latestVersion()
        .variables(variables)
        .send()
        .join()
        .getProcessInstanceKey();
  }

  /** The reservation job of every order this test works on, by process instance. */
  private static Map<Long, ActivatedJob> reservationJobs() {
    final Map<Long, ActivatedJob> jobs = new HashMap<>();
    final List<Long> needed =
        List.of(completed, outOfStock, unroutable, retrying, called, resolved);
    await()
        .atMost(WAIT)
        .until(
            () -> {
              grpc.newActivateJobsCommand()
                  .jobType("reserve")
                  .maxJobsToActivate(20)
                  .timeout(Duration.ofMinutes(10))
                  .send()
                  .join()
                  .getJobs()
                  .forEach(job -> jobs.put(job.getProcessInstanceKey(), job));
              return jobs.keySet().containsAll(needed);
            });
    return jobs;
  }

  private static List<Incident> activeIncidents(final long processInstanceKey) {
    return rest.newIncidentSearchRequest()
        .filter(filter -> filter.processInstanceKey(processInstanceKey).state(IncidentState.ACTIVE))
        .send()
        .join()
        .items();
  }

  private static Map<Long, ProcessInstanceState> states(
      final Consumer<ProcessInstanceFilter> filter) {
    final Map<Long, ProcessInstanceState> states = new HashMap<>();
    rest.newProcessInstanceSearchRequest()
        .filter(filter)
        .send()
        .join()
        .items()
        .forEach(instance -> states.put(instance.getProcessInstanceKey(), instance.getState()));
    return states;
  }

  private static List<Long> keys(final Consumer<ProcessInstanceFilter> filter) {
    return List.copyOf(states(filter).keySet());
  }

  private static List<Long> keys(final List<ProcessInstance> instances) {
    return instances.stream().map(ProcessInstance::getProcessInstanceKey).toList();
  }

  private static SearchResponse<ProcessInstance> byStartDate(
      final Consumer<SearchRequestPage> page) {
    return rest.newProcessInstanceSearchRequest()
        .sort(sort -> sort.startDate().asc())
        .page(page)
        .send()
        .join();
  }

  private static void assertProblem(final ThrowingCallable call, final int status) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            ProblemException.class, problem -> assertThat(problem.code()).isEqualTo(status));
  }

  private static void assertBadRequest(
      final String path, final Map<String, Object> query, final String detail)
      throws IOException, InterruptedException {
    final HttpResponse<String> response = post(path, OPS, query);
    assertThat(response.statusCode()).as(path + " " + query).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    final JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("detail").asText()).contains(detail);
    assertThat(problem.path("instance").asText()).isEqualTo(path);
  }

  /** A supervisor's call, its JSON read failing on any field the model does not know. */
  private static <T> T strictly(final String method, final String path, final Class<T> model)
      throws IOException, InterruptedException {
    final HttpResponse<String> response =
        call(method, path, OPS, method.equals("GET") ? null : Map.of());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return STRICT_JSON.readValue(response.body(), model);
  }

  private static HttpResponse<String> post(final String path, final String token, final Object body)
      throws IOException, InterruptedException {
    return call("POST", path, token, body);
  }

  private static HttpResponse<String> call(
      final String method, final String path, final String token, final Object body)
      throws IOException, InterruptedException {
    final HttpRequest.Builder request =
        HttpRequest.newBuilder(engine.rest(path))
            .timeout(WAIT)
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
