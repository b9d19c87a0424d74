package io.baton.engine;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every path of Camunda's REST API the other controllers do not map (Spring MVC prefers the more
 * specific mappings): 501 problem+json, so a client can tell an operation the embedded engine lacks
 * from a resource that does not exist.
 */
@RestController
class NotImplementedController {

  @RequestMapping("/v2/**")
  void notImplemented(final HttpServletRequest request) {
    throw new NotImplementedException(request.getMethod(), request.getRequestURI());
  }
}
