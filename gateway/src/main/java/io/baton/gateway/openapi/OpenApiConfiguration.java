package io.baton.gateway.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Describes the gateway's own endpoints; the services behind it publish their own API documents.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

  @Bean
  OpenAPI gatewayOpenApi(ObjectProvider<BuildProperties> build) {
    BuildProperties buildProperties = build.getIfAvailable();
    return new OpenAPI()
        .info(
            new Info()
                .title("Baton gateway")
                .description(
                    "Routes /api/leads, /api/notifications, /api/handoffs, /api/onboardings, /api/customers, "
                        + "/api/save-plays and /api/revenue to the Baton services, and in local mode Camunda's /v2/user-tasks "
                        + "to the engine. It serves the Baton console at /console/. Its own endpoints are the "
                        + "fallbacks that answer when a service is unavailable, and the console's settings.")
                .version(buildProperties == null ? "development" : buildProperties.getVersion()));
  }
}
