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
                    "Routes /api/leads, /api/handoffs, /api/onboardings, /api/customers, "
                        + "/api/save-plays and /api/revenue to the Baton services, each service's notifications "
                        + "(/api/notifications/leads, /handoffs, /onboarding, /retention) to its "
                        + "/api/notifications, and in local mode Camunda's /v2/user-tasks to the engine. It "
                        + "serves the Baton console at /console/. Its own endpoints are the fallbacks that "
                        + "answer when a service is unavailable, the console's settings, and GET "
                        + "/api/notifications, the services' delivery logs merged.")
                .version(buildProperties == null ? "development" : buildProperties.getVersion()));
  }
}
