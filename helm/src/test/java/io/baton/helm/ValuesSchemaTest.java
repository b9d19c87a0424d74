package io.baton.helm;

import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * values.schema.json rejects wrong types, unknown choices and misspelt keys before anything
 * renders.
 */
class ValuesSchemaTest {

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      components.gateway.replicaCount              | two
      components.lead-service.port                 | http
      components.lead-service.managementPort       | metrics
      networkPolicy.enabled                        | maybe
      camunda.mode                                 | cloud
      camunda.auth.method                          | basic
      mongodb.uri                                  | postgres://db:5432
      componentDefaults.resource.requests.cpu      | 1
      components.lead-service.podAntiAffinityPreset | always
      workflowsDeployer.backoffLimit               | many
      components.Lead_Service.enabled              | true
      intake.publicUrl                             | baton.example.com
      intake.publicUrl                             | https://baton.example.com/api
      intake.hubspot.owners.sam                    | sam
      intake.hubspot.owners.31268510               | sam smith
      intake.webhook.secret                        | not-a-value-here
      components.lead-service.intake               | yes
      notifications.directory                      | ldap
      notifications.consoleUrl                     | baton.example.com
      notifications.smtp.port                      | smtp
      notifications.smtp.password                  | not-a-value-here
      notifications.webhooks.targets.Ops-Team.url  | https://ops.example.com
      notifications.webhooks.targets.ops.url       | ops.example.com
      notifications.webhooks.targets.ops.format    | xml
      notifications.webhooks.targets.ops.secret    | not-a-value-here
      components.lead-service.notifications        | yes
      """)
  void rejectsAWrongValue(String key, String value) {
    assertThatIllegalStateException()
        .isThrownBy(() -> ChartRenderer.template(null, Map.of(key, value)))
        .withMessageContaining("values don't meet the specifications of the schema");
  }
}
