package io.baton.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** How the gateway serves the console, on the shipped settings (production: no task inbox). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsoleServingIT {

  private static final Pattern SCRIPT =
      Pattern.compile("src=\"(/console/assets/index-[\\w-]+\\.js)\"");

  @Autowired private WebTestClient client;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/console", "/console/"})
  void servesTheConsolePageRevalidatedOnEveryVisit(String path) {
    client
        .get()
        .uri(path)
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentTypeCompatibleWith(MediaType.TEXT_HTML)
        .expectHeader()
        .cacheControl(CacheControl.noCache())
        .expectBody(String.class)
        .value(
            page ->
                assertThat(page).contains("<title>Baton console</title>").containsPattern(SCRIPT));
  }

  @Test
  void cachesTheContentHashedAssetsForAYear() {
    String page =
        client
            .get()
            .uri("/console/")
            .exchange()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
    Matcher script = SCRIPT.matcher(page);
    assertThat(script.find()).as("the page loads its script from /console/assets/").isTrue();

    client
        .get()
        .uri(script.group(1))
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .valueEquals("Cache-Control", "max-age=31536000, public, immutable")
        .expectHeader()
        .contentTypeCompatibleWith("text/javascript");
  }

  @Test
  void answersNotFoundForAnAssetThatDoesNotExist() {
    client.get().uri("/console/assets/index-missing.js").exchange().expectStatus().isNotFound();
  }

  @Test
  void tellsTheConsoleToLinkToTasklistInsteadOfItsInbox() {
    client
        .get()
        .uri("/console/settings.json")
        .exchange()
        .expectStatus()
        .isOk()
        .expectHeader()
        .contentType(MediaType.APPLICATION_JSON)
        .expectHeader()
        .cacheControl(CacheControl.noCache())
        .expectBody()
        .json("{\"taskInboxEnabled\":false,\"tasklistUrl\":null}");
  }

  @Test
  void tellsTheConsoleToSignUsersInAtTheIssuerTheGatewayTrusts(
      @Value("${baton.security.issuer}") String issuer) {
    client
        .get()
        .uri("/console/settings.json")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .json(
            "{\"signIn\":{\"issuer\":\""
                + issuer
                + "\",\"clientId\":\"baton-console\","
                + "\"scope\":\"openid profile\",\"usernameClaim\":\"preferred_username\","
                + "\"rolesClaim\":\"roles\",\"groupsClaim\":\"groups\"}}");
  }

  @Test
  void doesNotRouteCamundasUserTaskApiWithoutTheTaskInbox() {
    client
        .post()
        .uri("/v2/user-tasks/search")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue("{}")
        .exchange()
        .expectStatus()
        .isNotFound();
  }

  @Test
  void describesTheConsoleSettingsInTheOpenApiDocument() {
    client
        .get()
        .uri("/v3/api-docs")
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.paths['/console/settings.json'].get.responses['200']")
        .exists();
  }
}
