package io.baton.support.signature;

/**
 * What a signature covers of a request: its method, the full URI it was sent to (scheme, host, path
 * and query, as the sender addressed it) and its body exactly as sent.
 */
public record SignedRequest(String method, String uri, byte[] body) {}
