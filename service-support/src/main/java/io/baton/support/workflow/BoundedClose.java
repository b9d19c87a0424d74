package io.baton.support.workflow;

import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;

/**
 * Closes the service's Camunda client within a bounded time, so a service stops within its grace
 * period on SIGTERM and a test JVM ends, even when the engine has gone away (or was never there).
 *
 * <p>The client's own close can wait forever: when a job stream fails because the engine is gone,
 * the client schedules a reconnect; if that reconnect runs after the worker was closed, it returns
 * still holding the stream's lock (camunda-client-java 8.8, {@code JobStreamerImpl.open}), and the
 * client's second close of the same worker ({@code CamundaClientImpl.close}) then waits on that
 * lock for good — its shutdown hook too, so only SIGKILL ends the process. So the client bean's own
 * close is taken off its bean definition ({@link #takingOverTheClientsClose()}), and this bean,
 * which depends on the client and is therefore destroyed before it, closes it once on a daemon
 * thread and gives up after the timeout with a warning. Jobs a worker had not completed are
 * delivered again after their timeout; workers are idempotent, so nothing is half-written.
 */
public final class BoundedClose implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(BoundedClose.class);

  private final CamundaClient client;
  private final Duration timeout;
  private final AtomicBoolean closed = new AtomicBoolean();

  public BoundedClose(CamundaClient client, Duration timeout) {
    this.client = client;
    this.timeout = timeout;
  }

  /** Removes the destroy method of every Camunda client bean: {@link BoundedClose} closes it. */
  public static BeanFactoryPostProcessor takingOverTheClientsClose() {
    return beanFactory -> {
      for (String name : beanFactory.getBeanNamesForType(CamundaClient.class, true, false)) {
        beanFactory.getBeanDefinition(name).setDestroyMethodName("");
      }
    };
  }

  @Override
  public void destroy() throws InterruptedException {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    Thread closing =
        Thread.ofPlatform()
            .daemon()
            .name("camunda-client-close")
            .start(
                () -> {
                  try {
                    client.close();
                  } catch (RuntimeException e) {
                    log.warn("Closing the Camunda client failed", e);
                  }
                });
    if (!closing.join(timeout)) {
      log.warn(
          "The Camunda client did not close within {}; the process stops without waiting for it"
              + " (jobs in flight are delivered again after their timeout)",
          timeout);
    }
  }
}
