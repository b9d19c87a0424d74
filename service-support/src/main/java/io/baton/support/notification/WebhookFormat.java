package io.baton.support.notification;

/**
 * The body a webhook target receives: Baton's JSON event ({@code json}) or a Slack incoming-webhook
 * message ({@code slack}).
 */
public enum WebhookFormat {
  JSON,
  SLACK
}
