package io.baton.support.notification;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where webhooks may go: a target's host is resolved before every try, and refused when any of its
 * addresses is a loopback ({@code 127/8}, {@code ::1}), private ({@code 10/8}, {@code 172.16/12},
 * {@code 192.168/16}, {@code fc00::/7}), link-local ({@code 169.254/16}, where cloud metadata
 * answers, {@code fe80::/10}) or any-local address, unless the host is one of the allowed hosts.
 * Only {@code http} and {@code https} are allowed at all.
 */
public class WebhookAllowList {

  /** Resolves a host name to its addresses. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final List<String> allowedHosts;
  private final Resolver resolver;

  public WebhookAllowList(List<String> allowedHosts) {
    this(allowedHosts, InetAddress::getAllByName);
  }

  public WebhookAllowList(List<String> allowedHosts, Resolver resolver) {
    this.allowedHosts = allowedHosts.stream().map(host -> host.toLowerCase(Locale.ROOT)).toList();
    this.resolver = resolver;
  }

  /** Why a webhook may not go to {@code url}; empty when it may. */
  public Optional<String> refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("Webhooks go over http or https only, not to " + url.getScheme());
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("The webhook URL has no host");
    }
    String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (allowedHosts.contains(bare.toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(bare);
    } catch (UnknownHostException e) {
      return Optional.of("The webhook host " + bare + " cannot be resolved");
    }
    for (InetAddress address : addresses) {
      String kind = internalKind(address);
      if (kind != null) {
        return Optional.of(
            "The webhook host "
                + bare
                + " resolves to the "
                + kind
                + " address "
                + address.getHostAddress()
                + "; add it to baton.notifications.webhooks.allowed-hosts if this is intended");
      }
    }
    return Optional.empty();
  }

  /** What kind of internal address {@code address} is; null for a public one. */
  static String internalKind(InetAddress address) {
    if (address.isAnyLocalAddress()) {
      return "any-local";
    }
    if (address.isLoopbackAddress()) {
      return "loopback";
    }
    if (address.isLinkLocalAddress()) {
      return "link-local";
    }
    byte[] bytes = address.getAddress();
    if (address.isSiteLocalAddress() || (bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc)) {
      return "private";
    }
    return null;
  }
}
