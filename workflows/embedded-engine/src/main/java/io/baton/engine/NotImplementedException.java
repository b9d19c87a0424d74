package io.baton.engine;

/** A request for an operation of Camunda's REST API that the embedded engine does not serve. */
class NotImplementedException extends RuntimeException {

  NotImplementedException(final String method, final String path) {
    super(
        method
            + " "
            + path
            + " is part of Camunda's REST API but not implemented by Baton's embedded engine (see"
            + " workflows/embedded-engine/README.md for what it serves); a Camunda 8 cluster"
            + " serves it.");
  }
}
