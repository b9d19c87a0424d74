package io.baton.support.config;

import io.baton.support.notification.EmailChannel;
import io.baton.support.notification.FileNotificationDirectory;
import io.baton.support.notification.NotificationChannel;
import io.baton.support.notification.NotificationDirectory;
import io.baton.support.notification.NotificationLogController;
import io.baton.support.notification.NotificationProperties;
import io.baton.support.notification.NotificationRelay;
import io.baton.support.notification.NotificationSubscriptionController;
import io.baton.support.notification.NotificationSubscriptions;
import io.baton.support.notification.TokenNotificationDirectory;
import io.baton.support.notification.WebhookAllowList;
import io.baton.support.notification.WebhookChannel;
import io.baton.support.security.SecurityProperties;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The notifications of a service that names the collections keeping them in {@code
 * baton.notifications.collections}: the relay and its sweep, the directory, the e-mail channel
 * (when {@code spring.mail.host} is set), the webhook channel (when targets are configured), the
 * subscriptions, and the API of the delivery log and the subscriptions. The directory is the users
 * file ({@code baton.notifications.directory=file}, the default), the people of the tokens the
 * service saw ({@code token}), or both.
 */
@AutoConfiguration(
    after = {
      MongoDataAutoConfiguration.class,
      MailSenderAutoConfiguration.class,
      ServiceSupportAutoConfiguration.class
    })
@ConditionalOnProperty("baton.notifications.collections")
@ConditionalOnBean(MongoTemplate.class)
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationAutoConfiguration {

  private static final Logger log = LoggerFactory.getLogger(NotificationAutoConfiguration.class);

  /**
   * {@code baton.notifications.directory=token} or {@code both}: the people of the tokens this
   * service saw, recorded by {@link TokenNotificationDirectory.Recorder}.
   */
  @Bean
  @ConditionalOnExpression(
      "'${baton.notifications.directory:file}' == 'token'"
          + " or '${baton.notifications.directory:file}' == 'both'")
  TokenNotificationDirectory tokenNotificationDirectory(
      MongoTemplate mongoTemplate, ObjectProvider<SecurityProperties> security, Clock clock) {
    SecurityProperties claims = security.getIfAvailable();
    return new TokenNotificationDirectory(
        mongoTemplate,
        claims == null ? "preferred_username" : claims.usernameClaim(),
        claims == null ? "roles" : claims.rolesClaim(),
        "groups",
        clock);
  }

  @Bean
  @ConditionalOnBean(TokenNotificationDirectory.class)
  TokenNotificationDirectory.Recorder notificationPeopleRecorder(
      TokenNotificationDirectory directory) {
    return new TokenNotificationDirectory.Recorder(directory);
  }

  /** {@code baton.notifications.directory=both}: the users file first, then the tokens. */
  @Bean
  @Primary
  @ConditionalOnProperty(name = "baton.notifications.directory", havingValue = "both")
  NotificationDirectory tokenAndFileNotificationDirectory(
      TokenNotificationDirectory tokens, NotificationProperties properties) {
    if (properties.directoryFile() == null) {
      return tokens;
    }
    return tokens.and(new FileNotificationDirectory(properties.directoryFile()));
  }

  @Bean
  @ConditionalOnMissingBean
  NotificationDirectory notificationDirectory(NotificationProperties properties) {
    if (properties.directoryFile() == null) {
      return NotificationDirectory.none();
    }
    return new FileNotificationDirectory(properties.directoryFile());
  }

  @Bean
  @ConditionalOnBean(JavaMailSender.class)
  EmailChannel emailChannel(JavaMailSender mailSender, NotificationProperties properties) {
    return new EmailChannel(mailSender, notificationTemplates(), properties);
  }

  /** The services' templates under {@code notifications/}: {@code *.txt} as text, else HTML. */
  private static TemplateEngine notificationTemplates() {
    ClassLoaderTemplateResolver text = new ClassLoaderTemplateResolver();
    text.setPrefix("notifications/");
    text.setTemplateMode(TemplateMode.TEXT);
    text.setResolvablePatterns(Set.of("*.txt"));
    text.setCharacterEncoding("UTF-8");
    text.setOrder(1);
    ClassLoaderTemplateResolver html = new ClassLoaderTemplateResolver();
    html.setPrefix("notifications/");
    html.setSuffix(".html");
    html.setTemplateMode(TemplateMode.HTML);
    html.setCharacterEncoding("UTF-8");
    html.setOrder(2);
    TemplateEngine engine = new SpringTemplateEngine();
    engine.addTemplateResolver(text);
    engine.addTemplateResolver(html);
    return engine;
  }

  @Bean
  NotificationSubscriptions notificationSubscriptions(MongoTemplate mongoTemplate) {
    return new NotificationSubscriptions(mongoTemplate);
  }

  @Bean
  WebhookAllowList webhookAllowList(NotificationProperties properties) {
    return new WebhookAllowList(properties.webhooks().allowedHosts());
  }

  /** The webhook channel; each target its allow-list refuses now is logged at startup. */
  @Bean
  WebhookChannel webhookChannel(
      NotificationProperties properties, WebhookAllowList allowList, Clock clock) {
    properties
        .webhooks()
        .targets()
        .forEach(
            (name, target) ->
                allowList
                    .refusal(target.url())
                    .ifPresent(
                        refusal ->
                            log.warn(
                                "Webhook target {} is refused; its deliveries are dead letters: {}",
                                name,
                                refusal)));
    return new WebhookChannel(properties, allowList, clock);
  }

  @Bean
  NotificationRelay notificationRelay(
      MongoTemplate mongoTemplate,
      NotificationDirectory directory,
      NotificationSubscriptions subscriptions,
      ObjectProvider<NotificationChannel> channels,
      NotificationProperties properties,
      MeterRegistry meters,
      Clock clock) {
    return new NotificationRelay(
        mongoTemplate,
        directory,
        subscriptions,
        channels.orderedStream().toList(),
        properties,
        meters,
        clock);
  }

  @Bean
  NotificationLogController notificationLogController(MongoTemplate mongoTemplate, Clock clock) {
    return new NotificationLogController(mongoTemplate, clock);
  }

  @Bean
  NotificationSubscriptionController notificationSubscriptionController(
      NotificationSubscriptions subscriptions, NotificationProperties properties, Clock clock) {
    return new NotificationSubscriptionController(subscriptions, properties, clock);
  }

  @Bean(destroyMethod = "shutdown")
  TaskScheduler notificationSweeper(NotificationRelay relay, NotificationProperties properties) {
    ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
    scheduler.setThreadNamePrefix("notification-sweep-");
    scheduler.setDaemon(true);
    scheduler.initialize();
    scheduler.scheduleWithFixedDelay(relay::sweep, properties.sweepInterval());
    return scheduler;
  }
}
