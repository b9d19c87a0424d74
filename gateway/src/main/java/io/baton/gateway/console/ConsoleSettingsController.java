package io.baton.gateway.console;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the console's front end how this installation works: task inbox or Tasklist, where users
 * sign in.
 */
@RestController
@Tag(name = "Console", description = "The Baton console served at /console/")
public class ConsoleSettingsController {

  private final ConsoleSettings settings;

  public ConsoleSettingsController(ConsoleProperties properties) {
    this.settings = ConsoleSettings.of(properties);
  }

  @Operation(
      summary = "The console's settings",
      description =
          "Whether the console offers its own task inbox (local mode) or links to Camunda Tasklist, "
              + "and the OpenID Connect provider users sign in with: its issuer, the console's client, the scopes "
              + "and the access token's claims that name the user and list their roles and groups.")
  @GetMapping(
      path = ConsoleWebConfiguration.PATH + "/settings.json",
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ConsoleSettings> settings() {
    return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(settings);
  }
}
