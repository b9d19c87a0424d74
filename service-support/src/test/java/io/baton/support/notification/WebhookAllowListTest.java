package io.baton.support.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookAllowListTest {

  private static WebhookAllowList resolvingTo(String address, String... allowedHosts) {
    return new WebhookAllowList(
        List.of(allowedHosts), host -> new InetAddress[] {InetAddress.getByName(address)});
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "127.0.0.1",
        "127.8.9.10",
        "::1",
        "10.1.2.3",
        "172.16.0.1",
        "172.31.255.254",
        "192.168.1.1",
        "169.254.169.254",
        "fe80::1",
        "fc00::1",
        "fd12:3456::1",
        "0.0.0.0",
        "::",
        "::ffff:127.0.0.1"
      })
  void refusesAHostResolvingToAnInternalAddress(String address) {
    assertThat(resolvingTo(address).refusal(URI.create("https://hooks.example.com/x")))
        .hasValueSatisfying(
            refusal ->
                assertThat(refusal)
                    .contains("hooks.example.com")
                    .contains("baton.notifications.webhooks.allowed-hosts"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"93.184.216.34", "172.32.0.1", "2606:4700::1111", "8.8.8.8"})
  void allowsAHostResolvingToAPublicAddress(String address) {
    assertThat(resolvingTo(address).refusal(URI.create("https://hooks.example.com/x"))).isEmpty();
  }

  @Test
  void refusesAHostWithOnePublicAndOneInternalAddress() {
    WebhookAllowList allowList =
        new WebhookAllowList(
            List.of(),
            host ->
                new InetAddress[] {
                  InetAddress.getByName("93.184.216.34"), InetAddress.getByName("10.0.0.5")
                });

    assertThat(allowList.refusal(URI.create("https://hooks.example.com/x")))
        .hasValueSatisfying(
            refusal -> assertThat(refusal).contains("private").contains("10.0.0.5"));
  }

  @Test
  void allowsAnInternalHostTheAllowedHostsName() {
    assertThat(
            resolvingTo("127.0.0.1", "Receiver.Internal")
                .refusal(URI.create("http://receiver.internal:9000/hook")))
        .isEmpty();
    assertThat(
            new WebhookAllowList(List.of("127.0.0.1"))
                .refusal(URI.create("http://127.0.0.1:9000/hook")))
        .isEmpty();
  }

  @Test
  void refusesTheCloudMetadataAddressGivenLiterally() {
    assertThat(
            new WebhookAllowList(List.of())
                .refusal(URI.create("http://169.254.169.254/latest/meta-data/")))
        .hasValueSatisfying(refusal -> assertThat(refusal).contains("link-local"));
  }

  @Test
  void refusesOtherSchemesAndUnresolvableHosts() {
    WebhookAllowList unresolvable =
        new WebhookAllowList(
            List.of(),
            host -> {
              throw new UnknownHostException(host);
            });

    assertThat(unresolvable.refusal(URI.create("ftp://hooks.example.com/x")))
        .hasValueSatisfying(refusal -> assertThat(refusal).contains("http or https"));
    assertThat(unresolvable.refusal(URI.create("https://nowhere.example/x")))
        .hasValueSatisfying(refusal -> assertThat(refusal).contains("cannot be resolved"));
  }
}
