package io.baton.support.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * E-mail over SMTP (Spring Boot's {@code spring.mail.*}), plain text and HTML in one message. The
 * service's templates, under {@code notifications/} on its classpath, are named after the event
 * type: {@code first-contact-due.subject.txt}, {@code first-contact-due.txt} and {@code
 * first-contact-due.html}; each sees the notification's {@code subject} data, {@code link} (the
 * deep link, made absolute against the console's URL) and {@code recipient} (the person).
 */
public class EmailChannel implements NotificationChannel {

  private final JavaMailSender mailSender;
  private final TemplateEngine templates;
  private final NotificationProperties properties;

  public EmailChannel(
      JavaMailSender mailSender, TemplateEngine templates, NotificationProperties properties) {
    this.mailSender = mailSender;
    this.templates = templates;
    this.properties = properties;
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public void send(Notification notification, Person to) {
    Context context = new Context(Locale.ENGLISH);
    context.setVariable("subject", notification.subject());
    context.setVariable("link", properties.absoluteLink(notification.link()));
    context.setVariable("recipient", to);
    String type = notification.eventType();
    MimeMessage message = mailSender.createMimeMessage();
    try {
      MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
      mail.setFrom(properties.email().from());
      mail.setTo(to.email());
      mail.setSubject(templates.process(type + ".subject.txt", context).strip());
      mail.setText(templates.process(type + ".txt", context), templates.process(type, context));
    } catch (MessagingException e) {
      throw new MailSendException("Cannot write the e-mail of " + notification.eventId(), e);
    }
    mailSender.send(message);
  }
}
