package io.baton.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.camunda.client.protocol.rest.ElementInstanceResult;
import io.camunda.client.protocol.rest.ElementInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.IncidentResult;
import io.camunda.client.protocol.rest.IncidentSearchQueryResult;
import io.camunda.client.protocol.rest.ProcessInstanceResult;
import io.camunda.client.protocol.rest.ProcessInstanceSearchQueryResult;
import io.camunda.client.protocol.rest.VariableResult;
import io.camunda.client.protocol.rest.VariableSearchQueryResult;
import io.camunda.client.protocol.rest.VariableSearchResult;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read side of Camunda 8.8's REST API for processes (same paths and JSON): searches and gets of
 * process instances, element instances, variables and incidents, served from the {@link
 * ProcessReadModel} with 8.8's filter, sort and paging ({@link SearchQuery}, {@link SearchFilter}).
 * A bad request is a 400 naming every problem, an unknown key a 404; with authorizations on, {@link
 * EngineAccess} decides who reads process data: the others' searches find nothing and their gets
 * are 403.
 */
@RestController
@RequestMapping("/v2")
class ProcessReadController {

  private final EngineRuntime runtime;
  private final EngineAccess access;

  ProcessReadController(final EngineRuntime runtime, final EngineAccess access) {
    this.runtime = runtime;
    this.access = access;
  }

  @PostMapping("/process-instances/search")
  ProcessInstanceSearchQueryResult searchProcessInstances(
      @RequestBody(required = false) final JsonNode body) {
    final SearchQuery.Page<ProcessInstanceResult> page =
        search(
            body,
            ProcessInstanceSearch.SORTABLE,
            ProcessInstanceSearch::filter,
            model()::processInstances);
    return new ProcessInstanceSearchQueryResult().items(page.items()).page(page.info());
  }

  @GetMapping("/process-instances/{processInstanceKey}")
  ProcessInstanceResult getProcessInstance(@PathVariable final long processInstanceKey) {
    return get("Process instance", processInstanceKey, model()::processInstance);
  }

  @PostMapping("/element-instances/search")
  ElementInstanceSearchQueryResult searchElementInstances(
      @RequestBody(required = false) final JsonNode body) {
    final SearchQuery.Page<ElementInstanceResult> page =
        search(
            body,
            ElementInstanceSearch.SORTABLE,
            (filter, problems) ->
                new SearchFilter<>(filter, ElementInstanceSearch.FIELDS, problems),
            model()::elementInstances);
    return new ElementInstanceSearchQueryResult().items(page.items()).page(page.info());
  }

  @GetMapping("/element-instances/{elementInstanceKey}")
  ElementInstanceResult getElementInstance(@PathVariable final long elementInstanceKey) {
    return get("Element instance", elementInstanceKey, model()::elementInstance);
  }

  /** Values are never truncated here, so the {@code truncateValues} parameter changes nothing. */
  @PostMapping("/variables/search")
  VariableSearchQueryResult searchVariables(@RequestBody(required = false) final JsonNode body) {
    final SearchQuery.Page<VariableSearchResult> page =
        search(
            body,
            VariableSearch.SORTABLE,
            (filter, problems) -> new SearchFilter<>(filter, VariableSearch.FIELDS, problems),
            model()::variables);
    return new VariableSearchQueryResult().items(page.items()).page(page.info());
  }

  @GetMapping("/variables/{variableKey}")
  VariableResult getVariable(@PathVariable final long variableKey) {
    return VariableSearch.toGetResult(get("Variable", variableKey, model()::variable));
  }

  @PostMapping("/incidents/search")
  IncidentSearchQueryResult searchIncidents(@RequestBody(required = false) final JsonNode body) {
    final SearchQuery.Page<IncidentResult> page =
        search(
            body,
            IncidentSearch.SORTABLE,
            (filter, problems) -> new SearchFilter<>(filter, IncidentSearch.FIELDS, problems),
            model()::incidents);
    return new IncidentSearchQueryResult().items(page.items()).page(page.info());
  }

  @GetMapping("/incidents/{incidentKey}")
  IncidentResult getIncident(@PathVariable final long incidentKey) {
    return get("Incident", incidentKey, model()::incident);
  }

  /**
   * One page of a search: the whole request is checked first (a 400 with every problem), then the
   * model is searched for what the caller may read.
   */
  private <F, T> SearchQuery.Page<T> search(
      final JsonNode body,
      final SearchQuery.Sortable<T> sortable,
      final BiFunction<JsonNode, SearchProblems, F> filter,
      final Function<F, List<T>> matches) {
    final SearchProblems problems = new SearchProblems();
    final SearchQuery<T> query = SearchQuery.parse(body, sortable, problems);
    final F parsed = filter.apply(query.filter(), problems);
    problems.throwIfAny();
    return query.page(access.mayReadAll() ? matches.apply(parsed) : List.of());
  }

  /** One item by key: 404 when there is none, then the caller's access. */
  private <T> T get(final String resource, final long key, final LongFunction<Optional<T>> find) {
    final T item = find.apply(key).orElseThrow(() -> new ResourceNotFoundException(resource, key));
    access.requireSupervisor("READ_PROCESS_INSTANCE", "PROCESS_DEFINITION");
    return item;
  }

  private ProcessReadModel model() {
    return runtime.engine().processes();
  }
}
