package io.baton.gateway.console;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;
import static org.springframework.web.reactive.function.server.RouterFunctions.route;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Serves the console the Maven build puts in {@code static/console/}: its page at {@code /console}
 * and {@code /console/}, revalidated on every visit, and its content-hashed assets, cached for a
 * year.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsoleProperties.class)
public class ConsoleWebConfiguration implements WebFluxConfigurer {

  public static final String PATH = "/console";

  private static final String LOCATION = "classpath:/static/console/";

  @Bean
  RouterFunction<ServerResponse> consolePage(@Value(LOCATION + "index.html") Resource page) {
    return route(
        GET(PATH).or(GET(PATH + "/")),
        request -> {
          if (!page.exists()) {
            return Mono.error(
                new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "The console is not built into this gateway: build it with Maven (it needs npm)."));
          }
          return ServerResponse.ok()
              .contentType(MediaType.TEXT_HTML)
              .cacheControl(CacheControl.noCache())
              .bodyValue(page);
        });
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry
        .addResourceHandler(PATH + "/assets/**")
        .addResourceLocations(LOCATION + "assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
  }
}
