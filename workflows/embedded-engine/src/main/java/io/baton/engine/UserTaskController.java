package io.baton.engine;

import static io.baton.engine.RestRequests.orEmpty;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.UserTaskAssignmentRequest;
import io.camunda.client.protocol.rest.UserTaskCompletionRequest;
import io.camunda.client.protocol.rest.UserTaskResult;
import io.camunda.client.protocol.rest.UserTaskSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import io.camunda.zeebe.protocol.impl.record.value.usertask.UserTaskRecord;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The user-task part of Camunda 8.8's REST API (same paths and JSON), enough for {@code
 * CamundaClient}'s user-task commands and searches. Commands go through the engine; searches read
 * the {@link UserTaskReadModel}'s indexes with 8.8's filter, sort and paging ({@link SearchQuery},
 * {@link UserTaskSearchFilter}). Every operation follows {@link UserTaskAccess}: a search lists
 * only the tasks the caller may see, anything else on a task they may not see or work is 403.
 */
@RestController
@RequestMapping("/v2/user-tasks")
class UserTaskController {

  /**
   * Camunda 8.8's sort fields of a user-task search, read from the read model's tasks (the values
   * their API views show, dates in epoch millis); ties are broken by the task key.
   */
  static final SearchQuery.Sortable<UserTaskEntry> SORTABLE =
      SearchQuery.Sortable.<UserTaskEntry>byKey(UserTaskEntry::key)
          .number("creationDate", UserTaskEntry::creationDate)
          .number("completionDate", UserTaskEntry::completionDate)
          .number("followUpDate", UserTaskEntry::followUpDate)
          .number("dueDate", UserTaskEntry::dueDate)
          .number("priority", task -> (long) task.priority())
          .text("name", UserTaskEntry::name);

  private final EngineRuntime runtime;
  private final UserTaskAccess access;

  UserTaskController(final EngineRuntime runtime, final UserTaskAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PostMapping("/search")
  UserTaskSearchQueryResult search(@RequestBody(required = false) final JsonNode body) {
    final SearchProblems problems = new SearchProblems();
    final SearchQuery<UserTaskEntry> query = SearchQuery.parse(body, SORTABLE, problems);
    final UserTaskSearchFilter filter = new UserTaskSearchFilter(query.filter(), problems);
    problems.throwIfAny();
    final TaskUser user = access.caller();
    final List<TaskIndex.Lookup> lookups = new ArrayList<>(filter.lookups());
    access.visibleTasks(user).ifPresent(lookups::add);
    final SearchQuery.Page<UserTaskResult> page =
        runtime
            .engine()
            .userTasks()
            .search(lookups, task -> filter.test(task) && access.maySee(user, task.task()), query);
    return new UserTaskSearchQueryResult().items(page.items()).page(page.info());
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
      @PathVariable final long userTaskKey, @RequestBody(required = false) final JsonNode body) {
    final SearchProblems problems = new SearchProblems();
    final SearchQuery<VariableSearchResult> query =
        SearchQuery.parse(body, VariableSearch.SORTABLE, problems);
    final Predicate<VariableSearchResult> filter =
        UserTaskVariableSearch.filter(query.filter(), problems);
    problems.throwIfAny();
    access.requireVisible(access.caller(), task(userTaskKey));
    final List<VariableSearchResult> matches =
        runtime.engine().userTasks().variablesVisibleTo(userTaskKey).stream()
            .filter(filter)
            .toList();
    final SearchQuery.Page<VariableSearchResult> page = query.page(matches);
    return new VariableSearchQueryResult().items(page.items()).page(page.info());
  }

  @PostMapping("/{userTaskKey}/assignment")
  ResponseEntity<Void> assign(
      @PathVariable final long userTaskKey, @RequestBody final UserTaskAssignmentRequest request) {
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

  /**
   * Camunda's update: only what the changeset sets changes ({@code ""} or {@code []} clears an
   * attribute), and those are the changed attributes that {@code updating} task listeners see and
   * may deny or correct.
   */
  @PatchMapping("/{userTaskKey}")
  ResponseEntity<Void> update(
      @PathVariable final long userTaskKey,
      @RequestBody(required = false) final UserTaskUpdate request) {
    final UserTaskRecord command = UserTaskUpdate.toCommand(request, userTaskKey);
    access.requireAssignee(access.caller(), task(userTaskKey), "UPDATE_USER_TASK");
    send(UserTaskIntent.UPDATE, userTaskKey, command);
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
      RestRequests.setVariables(request.getVariables(), command::setVariables);
    }
    send(UserTaskIntent.COMPLETE, userTaskKey, command);
    return ResponseEntity.noContent().build();
  }

  private UserTaskResult task(final long userTaskKey) {
    return runtime
        .engine()
        .userTasks()
        .find(userTaskKey)
        .orElseThrow(() -> new ResourceNotFoundException("User task", userTaskKey));
  }

  private void send(final UserTaskIntent intent, final long key, final UserTaskRecord command) {
    runtime.engine().commands().send(ValueType.USER_TASK, intent, key, command);
  }
}
