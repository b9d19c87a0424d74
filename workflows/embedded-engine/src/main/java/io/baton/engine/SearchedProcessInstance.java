package io.baton.engine;

import io.camunda.client.protocol.rest.ProcessInstanceResult;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One process instance as a search filter sees it: its API view and, read only when a filter asks,
 * what belongs to it.
 *
 * @param instance the instance as the API answers it
 * @param variableValues the values of its variables of a name, in any of its scopes (JSON text)
 * @param elements its element instances
 * @param incidentMessages the error messages of its active incidents
 */
record SearchedProcessInstance(
    ProcessInstanceResult instance,
    Function<String, List<String>> variableValues,
    Supplier<List<ElementInstanceEntry>> elements,
    Supplier<List<String>> incidentMessages) {}
