package io.baton.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import io.camunda.client.api.search.response.SearchResponse;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.client.api.search.response.Variable;
import io.camunda.zeebe.model.bpmn.Bpmn;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camunda 8.8's search semantics on real tasks of the engine, driven by the Camunda client where it
 * offers the feature and by plain HTTP for what a client would never send: five order reviews with
 * their own priorities, due dates and variables, the last one completed.
 */
class UserTaskSearchIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  /** customer, order number, priority, due day in January 2030. */
  private static final List<Order> ORDERS =
      List.of(
          new Order("ACME", 1001, 30, 4),
          new Order("Globex", 1002, 90, 2),
          new Order("ACME", 1003, 50, 5),
          new Order("Initech", 1004, 90, 1),
          new Order("Umbrella", 1005, 10, 3));

  @TempDir static Path dataDir;
  private static RunningEngine engine;
  private static CamundaClient client;
  private static OffsetDateTime startedAt;
  private static List<UserTask> tasks;

  private record Order(String customer, int orderNo, int priority, int dueDay) {
    Map<String, Object> variables() {
      return Map.of(
          "customer", customer,
          "orderNo", orderNo,
          "priority", priority,
          "dueDate", "2030-01-0%dT17:00:00Z".formatted(dueDay),
          "followUpDate", "2029-12-2%dT09:00:00+01:00".formatted(dueDay));
    }
  }

  @BeforeAll
  static void startFiveOrderReviewsAndCompleteTheLast() {
    engine = RunningEngine.start(dataDir);
    client = engine.newClient();
    client
        .newDeployResourceCommand()
        .addProcessModel(
            Bpmn.createExecutableProcess("order-review")
                .startEvent("order-received")
                .userTask(
                    "review-order",
                    task ->
                        task.name("Review the order")
                            .zeebeUserTask()
                            .zeebeCandidateGroups("sales")
                            .zeebeTaskPriorityExpression("priority")
                            .zeebeDueDateExpression("dueDate")
                            .zeebeFollowUpDateExpression("followUpDate")
                            .zeebeInputExpression("orderNo", "localOrderNo"))
                .endEvent("order-reviewed")
                .done(),
            "order-review.bpmn")
        .send()
        .join();
    startedAt = OffsetDateTime.now().minusSeconds(1);
    final List<Long> instances =
        ORDERS.stream()
            .map(
                order ->
                    client
                        .newCreateInstanceCommand()
                        .bpmnProcessId("order-review")
                        .latestVersion()
                        .variables(order.variables())
                        .send()
                        .join()
                        .getProcessInstanceKey())
            .toList();
    final List<UserTask> created =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () -> client.newUserTaskSearchRequest().send().join().items(),
                found -> found.size() == ORDERS.size());
    tasks =
        created.stream()
            .sorted(Comparator.comparing(task -> instances.indexOf(task.getProcessInstanceKey())))
            .toList();
    client.newCompleteUserTaskCommand(tasks.getLast().getUserTaskKey()).send().join();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                client
                    .newUserTaskSearchRequest()
                    .filter(filter -> filter.state(UserTaskState.COMPLETED))
                    .send()
                    .join()
                    .items(),
            completed -> completed.size() == 1);
  }

  @AfterAll
  static void stopEngine() {
    client.close();
    engine.close();
  }

  @Test
  void sortsByTheRequestedFieldsThenByKey() {
    assertThat(
            client
                .newUserTaskSearchRequest()
                .sort(sort -> sort.priority().desc())
                .send()
                .join()
                .items())
        .extracting(UserTask::getPriority, UserTask::getUserTaskKey)
        .containsExactly(
            tuple(90, order(1)),
            tuple(90, order(3)),
            tuple(50, order(2)),
            tuple(30, order(0)),
            tuple(10, order(4)));
    assertThat(
            client
                .newUserTaskSearchRequest()
                .sort(sort -> sort.dueDate().asc())
                .send()
                .join()
                .items())
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(order(3), order(1), order(4), order(0), order(2));
    assertThat(
            client
                .newUserTaskSearchRequest()
                .sort(sort -> sort.completionDate().desc().followUpDate().desc())
                .send()
                .join()
                .items())
        .as("tasks without a completion date last, then by follow-up date")
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(order(4), order(2), order(0), order(1), order(3));
  }

  @Test
  void cursorsPageForwardBackAndToTheEnd() {
    final SearchResponse<UserTask> first = byPriority(page -> page.limit(2));
    assertThat(first.items())
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(order(1), order(3));
    assertThat(first.page().totalItems()).isEqualTo(5);
    assertThat(first.page().startCursor()).isNotBlank();

    final SearchResponse<UserTask> second =
        byPriority(page -> page.limit(2).after(first.page().endCursor()));
    assertThat(second.items())
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(order(2), order(0));

    final SearchResponse<UserTask> last =
        byPriority(page -> page.limit(2).after(second.page().endCursor()));
    assertThat(last.items()).extracting(UserTask::getUserTaskKey).containsExactly(order(4));

    final SearchResponse<UserTask> end =
        byPriority(page -> page.limit(2).after(last.page().endCursor()));
    assertThat(end.items()).isEmpty();
    assertThat(end.page().totalItems()).isEqualTo(5);

    final SearchResponse<UserTask> back =
        byPriority(page -> page.limit(2).before(last.page().startCursor()));
    assertThat(back.items())
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(order(2), order(0));
    assertThat(byPriority(page -> page.limit(2).before(back.page().startCursor())).items())
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(order(1), order(3));

    assertThat(byPriority(page -> page.from(3).limit(2)).items())
        .as("offset paging")
        .extracting(UserTask::getUserTaskKey)
        .containsExactly(order(0), order(4));
  }

  @Test
  void filtersByPriorityRangesDatesAndVariablesAsProductionDoes() {
    assertThat(keys(filter -> filter.priority(priority -> priority.gte(50))))
        .containsExactlyInAnyOrder(order(1), order(2), order(3));
    assertThat(keys(filter -> filter.priority(priority -> priority.gt(10).lt(90))))
        .containsExactlyInAnyOrder(order(0), order(2));
    assertThat(
            keys(
                filter ->
                    filter.dueDate(
                        due ->
                            due.gte(OffsetDateTime.parse("2030-01-02T17:00:00Z"))
                                .lt(OffsetDateTime.parse("2030-01-04T18:00:00+01:00")))))
        .containsExactlyInAnyOrder(order(1), order(4));
    assertThat(keys(filter -> filter.creationDate(created -> created.gt(startedAt)))).hasSize(5);
    assertThat(keys(filter -> filter.creationDate(created -> created.gt(startedAt.plusHours(1)))))
        .isEmpty();
    assertThat(keys(filter -> filter.completionDate(completed -> completed.exists(true))))
        .containsExactly(order(4));
    assertThat(keys(filter -> filter.processInstanceVariables(Map.of("customer", "\"ACME\""))))
        .containsExactlyInAnyOrder(order(0), order(2));
    assertThat(keys(filter -> filter.processInstanceVariables(Map.of("customer", "ACME"))))
        .as("values are compared JSON-encoded")
        .isEmpty();
    assertThat(keys(filter -> filter.localVariables(Map.of("localOrderNo", "1003"))))
        .containsExactly(order(2));
    assertThat(keys(filter -> filter.localVariables(Map.of("customer", "\"ACME\""))))
        .as("a process variable is not a local variable")
        .isEmpty();
    assertThat(
            keys(
                filter ->
                    filter
                        .candidateGroup("sales")
                        .state(UserTaskState.CREATED)
                        .processInstanceVariables(Map.of("customer", "\"ACME\""))))
        .containsExactlyInAnyOrder(order(0), order(2));
  }

  @Test
  void theIndexesFollowTheTasksAsTheyChange() {
    final long task = order(1);
    client.newAssignUserTaskCommand(task).assignee("carl").send().join();
    assertThat(keys(filter -> filter.assignee("carl").state(UserTaskState.CREATED)))
        .containsExactly(task);

    client.newUnassignUserTaskCommand(task).send().join();
    assertThat(keys(filter -> filter.assignee("carl"))).isEmpty();
    assertThat(keys(filter -> filter.state(UserTaskState.COMPLETED))).containsExactly(order(4));
    assertThat(keys(filter -> filter.userTaskKey(task).candidateGroup("sales")))
        .containsExactly(task);
  }

  @Test
  void commonSearchesReadOnlyTheIndexedTasksNotEveryTask() {
    final UserTaskReadModel readModel = engine.bean(EngineRuntime.class).engine().userTasks();
    final List<Long> checked = new java.util.ArrayList<>();
    final java.util.function.Predicate<SearchedTask> counting =
        task -> checked.add(task.task().key());
    final SearchQuery<UserTaskEntry> firstPage =
        SearchQuery.parse(null, UserTaskController.SORTABLE, new SearchProblems());

    readModel.search(List.of(), counting, firstPage);
    assertThat(checked).as("no index applies: every task").hasSize(5);

    checked.clear();
    final UserTaskSearchFilter byInstanceAndState =
        UserTaskSearchFilter.parse(
            JSON.valueToTree(
                Map.of(
                    "processInstanceKey",
                    String.valueOf(tasks.get(2).getProcessInstanceKey()),
                    "state",
                    "CREATED")));
    assertThat(
            readModel
                .search(byInstanceAndState.lookups(), counting.and(byInstanceAndState), firstPage)
                .items())
        .hasSize(1);
    assertThat(checked).containsExactly(order(2));

    checked.clear();
    readModel.search(
        List.of(TaskIndex.Lookup.of(TaskIndex.STATE, List.of("COMPLETED"))), counting, firstPage);
    assertThat(checked).containsExactly(order(4));

    checked.clear();
    readModel.search(
        List.of(
            TaskIndex.Lookup.of(TaskIndex.CANDIDATE_GROUP, List.of("sales")),
            new TaskIndex.Lookup(
                List.of(
                    TaskIndex.ASSIGNEE.entry("nobody"),
                    TaskIndex.CANDIDATE_USER.entry("nobody"),
                    TaskIndex.CANDIDATE_GROUP.entry("marketing")))),
        counting,
        firstPage);
    assertThat(checked).as("what a marketer may see: nothing here").isEmpty();
  }

  @Test
  void whatCamundaRejectsIsA400ProblemNamingIt() throws Exception {
    assertBadRequest(
        Map.of("filter", Map.of("assignees", "carl", "state", "CREATED")),
        "Request property [filter.assignees] cannot be parsed");
    assertBadRequest(
        Map.of("filter", Map.of("priority", Map.of("$between", List.of(1, 2)))),
        "Request property [filter.priority.$between] cannot be parsed");
    assertBadRequest(
        Map.of("sort", List.of(Map.of("field", "creationTime"))), "Unknown sortBy: creationTime");
    assertBadRequest(
        Map.of("sort", List.of(Map.of("field", "priority", "order", "UP"))),
        "Unknown sortOrder: UP");
    assertBadRequest(
        Map.of("page", Map.of("limit", 10_001)),
        "The value for page.limit is '10001' but must be between 0 and 10000");
    assertBadRequest(
        Map.of(
            "sort", List.of(Map.of("field", "priority")),
            "page", Map.of("after", "WzQyXQ==", "limit", 2)),
        "The value for page.after is 'WzQyXQ==' but must be a cursor");
    assertBadRequest(
        Map.of("page", Map.of("after", "not a cursor")),
        "The value for page.after is 'not a cursor' but must be a cursor");
  }

  @Test
  void taskVariablesAreSortedPagedAndFilteredTheSameWay() throws Exception {
    final long task = order(2);
    final SearchResponse<Variable> first =
        client
            .newUserTaskVariableSearchRequest(task)
            .sort(sort -> sort.name().asc())
            .page(page -> page.limit(4))
            .send()
            .join();
    assertThat(first.items())
        .extracting(Variable::getName)
        .containsExactly("customer", "dueDate", "followUpDate", "localOrderNo");
    assertThat(first.page().totalItems()).isEqualTo(6);
    assertThat(
            client
                .newUserTaskVariableSearchRequest(task)
                .sort(sort -> sort.name().asc())
                .page(page -> page.limit(4).after(first.page().endCursor()))
                .send()
                .join()
                .items())
        .extracting(Variable::getName, Variable::getValue)
        .containsExactly(tuple("orderNo", "1003"), tuple("priority", "50"));
    assertThat(
            client
                .newUserTaskVariableSearchRequest(task)
                .filter(filter -> filter.name(name -> name.like("*Date")))
                .sort(sort -> sort.name().desc())
                .send()
                .join()
                .items())
        .extracting(Variable::getName)
        .containsExactly("followUpDate", "dueDate");

    final HttpResponse<String> unknown =
        post(
            "/v2/user-tasks/" + task + "/variables/search",
            Map.of("filter", Map.of("value", "1003")));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("Request property [filter.value] cannot be parsed");
  }

  @Test
  void topologyNamesTheLastCompletedChange() throws Exception {
    final HttpResponse<String> topology =
        HTTP.send(
            HttpRequest.newBuilder(engine.rest("/v2/topology")).GET().build(),
            HttpResponse.BodyHandlers.ofString());

    assertThat(JSON.readTree(topology.body()).path("lastCompletedChangeId").asText())
        .isEqualTo("-1");
  }

  private static SearchResponse<UserTask> byPriority(
      final java.util.function.Consumer<io.camunda.client.api.search.request.SearchRequestPage>
          page) {
    return client
        .newUserTaskSearchRequest()
        .sort(sort -> sort.priority().desc())
        .page(page)
        .send()
        .join();
  }

  private static List<Long> keys(
      final java.util.function.Consumer<io.camunda.client.api.search.filter.UserTaskFilter>
          filter) {
    return client.newUserTaskSearchRequest().filter(filter).send().join().items().stream()
        .map(UserTask::getUserTaskKey)
        .toList();
  }

  /**
   * The key of the task of the n-th order (from 0); tasks were created in order, so keys ascend.
   */
  private static long order(final int index) {
    return tasks.get(index).getUserTaskKey();
  }

  private static org.assertj.core.groups.Tuple tuple(final Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  private static void assertBadRequest(final Map<String, Object> query, final String detail)
      throws IOException, InterruptedException {
    final HttpResponse<String> response = post("/v2/user-tasks/search", query);
    assertThat(response.statusCode()).as(query.toString()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    final JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.path("detail").asText()).contains(detail);
    assertThat(problem.path("instance").asText()).isEqualTo("/v2/user-tasks/search");
  }

  private static HttpResponse<String> post(final String path, final Object body)
      throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(engine.rest(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
