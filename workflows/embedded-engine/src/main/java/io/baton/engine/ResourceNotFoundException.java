package io.baton.engine;

/** No item of the resource has the requested key (404, as Camunda answers). */
class ResourceNotFoundException extends RuntimeException {

  ResourceNotFoundException(final String resource, final long key) {
    super("%s with key '%d' not found".formatted(resource, key));
  }
}
