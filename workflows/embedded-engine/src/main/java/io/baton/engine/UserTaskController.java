package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.camunda.client.protocol.rest.SearchQueryPageResponse;
import io.camunda.client.protocol.rest.UserTaskAssignmentRequest;
import io.camunda.client.protocol.rest.UserTaskCompletionRequest;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import io.camunda.zeebe.protocol.impl.encoding.MsgPackConverter;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.util.buffer.BufferUtil;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user-task part of Camunda 8.8's REST API (same paths and JSON), enough for {@code
 * CamundaClient}'s user-task commands and searches. Commands go through the engine; searches read
 * the {@link UserTaskReadModel}. Every operation follows {@link UserTaskAccess}: a search lists
 * only the tasks the caller may see, anything else on a task they may not see or work is 403.
 */
@RestController
@RequestMapping("/v2/user-tasks")
class UserTaskController {

  private static final int DEFAULT_PAGE_SIZE = 100;

  private final EngineRuntime runtime;
  private final UserTaskAccess access;

  UserTaskController(final EngineRuntime runtime, final UserTaskAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PostMapping("/search")
  UserTaskSearchQueryResult search(@RequestBody(required = false) final JsonNode query) {
    final JsonNode body = query == null ? NullNode.instance : query;
    final TaskUser user = access.caller();
    final UserTaskSearchFilter filter = new UserTaskSearchFilter(body.get("filter"));
    final List<UserTaskResult> matches =
        runtime.engine().userTasks().search(task -> filter.test(task) && access.maySee(user, task));
    return new UserTaskSearchQueryResult()
        .items(page(matches, body.get("page")))
        .page(pageInfo(matches.size()));
  }

  @GetMapping("/{userTaskKey}")
  UserTaskResult get(@PathVariable final long userTaskKey) {
    final UserTaskResult task = task(userTaskKey);
    access.requireVisible(access.caller(), task);
    return task;
  }

  @GetMapping("/{userTaskKey}/form")
  ResponseEntity<?> form(@PathVariable final long userTaskKey) {
    final UserTaskReadModel userTasks = runtime.engine().userTasks();
    final UserTaskResult task = task(userTaskKey);
    access.requireVisible(access.caller(), task);
    if (task.getFormKey() == null) {
      return ResponseEntity.noContent().build();
    }
    return userTasks
        .form(Long.parseLong(task.getFormKey()))
        .<ResponseEntity<?>>map(ResponseEntity::ok)
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @PostMapping("/{userTaskKey}/variables/search")
  VariableSearchQueryResult variables(
      @PathVariable final long userTaskKey,
      @RequestBody(required = false) final JsonNode query) {
    final JsonNode body = query == null ? NullNode.instance : query;
    access.requireVisible(access.caller(), task(userTaskKey));
    final JsonNode nameFilter = body.path("filter").get("name");
    final List<VariableSearchResult> matches =
        runtime.engine().userTasks().variablesVisibleTo(userTaskKey).stream()
            .filter(variable -> nameFilter == null || nameMatches(nameFilter, variable.getName()))
            .toList();
    return new VariableSearchQueryResult()
        .items(page(matches, body.get("page")))
        .page(pageInfo(matches.size()));
  }

  @PostMapping("/{userTaskKey}/assignment")
  ResponseEntity<Void> assign(
      @PathVariable final long userTaskKey,
      @RequestBody final UserTaskAssignmentRequest request) {
    if (request.getAssignee() == null || request.getAssignee().isBlank()) {
      throw new IllegalArgumentException("No assignee provided");
    }
    access.requireMayAssign(access.caller(), task(userTaskKey), request.getAssignee());
    final boolean allowOverride = !Boolean.FALSE.equals(request.getAllowOverride());
    final UserTaskRecord command =
        new UserTaskRecord()
            .setUserTaskKey(userTaskKey)
            .setAssignee(request.getAssignee())
            .setAction(orEmpty(request.getAction()));
    send(allowOverride ? UserTaskIntent.ASSIGN : UserTaskIntent.CLAIM, userTaskKey, command);
    return ResponseEntity.noContent().build();
  }

  @DeleteMapping("/{userTaskKey}/assignee")
  ResponseEntity<Void> unassign(@PathVariable final long userTaskKey) {
    access.requireAssignee(access.caller(), task(userTaskKey), "UNASSIGN_USER_TASK");
    final UserTaskRecord command =
        new UserTaskRecord().setUserTaskKey(userTaskKey).setAssignee("").setAction("unassign");
    send(UserTaskIntent.ASSIGN, userTaskKey, command);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{userTaskKey}/completion")
  ResponseEntity<Void> complete(
      @PathVariable final long userTaskKey,
      @RequestBody(required = false) final UserTaskCompletionRequest request) {
    access.requireAssignee(access.caller(), task(userTaskKey), "COMPLETE_USER_TASK");
    final UserTaskRecord command = new UserTaskRecord().setUserTaskKey(userTaskKey);
    if (request != null) {
      command.setAction(orEmpty(request.getAction()));
      final Map<String, Object> variables = request.getVariables();
      if (variables != null && !variables.isEmpty()) {
        command.setVariables(BufferUtil.wrapArray(MsgPackConverter.convertToMsgPack(variables)));
      }
    }
    send(UserTaskIntent.COMPLETE, userTaskKey, command);
    return ResponseEntity.noContent().build();
  }

  private UserTaskResult task(final long userTaskKey) {
    return runtime
        .engine()
        .userTasks()
        .find(userTaskKey)
        .orElseThrow(() -> new UserTaskNotFoundException(userTaskKey));
  }

  private void send(final UserTaskIntent intent, final long key, final UserTaskRecord command) {
    runtime.engine().commands().send(ValueType.USER_TASK, intent, key, command);
  }

  private static boolean nameMatches(final JsonNode nameFilter, final String name) {
    if (nameFilter.isValueNode()) {
      return nameFilter.asText().equals(name);
    }
    final JsonNode eq = nameFilter.get("$eq");
    return eq == null || eq.asText().equals(name);
  }

  private static <T> List<T> page(final List<T> items, final JsonNode page) {
    final int from = page == null ? 0 : page.path("from").asInt(0);
    final int limit = page == null ? DEFAULT_PAGE_SIZE : page.path("limit").asInt(DEFAULT_PAGE_SIZE);
    if (from < 0 || limit < 0) {
      throw new IllegalArgumentException("The page's from and limit must not be negative");
    }
    return items.stream().skip(from).limit(limit).toList();
  }

  private static SearchQueryPageResponse pageInfo(final long totalItems) {
    return new SearchQueryPageResponse().totalItems(totalItems).hasMoreTotalItems(false);
  }

  private static String orEmpty(final String text) {
    return text == null ? "" : text;
  }
}
