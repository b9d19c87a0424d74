package io.baton.support.workflow;

import io.camunda.client.CamundaClient;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Closes the service's Camunda client within a bounded time, so a service stops within its grace
 * period on SIGTERM and a test JVM ends, even when the engine has gone away.
 *
 * <p>The client's own close can wait forever: when a job stream fails because the engine is gone,
 * the client schedules a reconnect; if that reconnect runs after the worker was closed, it returns
 * still holding the stream's lock (camunda-client-java 8.8, {@code JobStreamerImpl.open}), and the
 * client's second close of the same worker ({@code CamundaClientImpl.close}) then waits on that
 * lock for good — its shutdown hook too, so only SIGKILL ends the process. Here the client bean is
 * wrapped: its close runs once, on a daemon thread, and is given up after the timeout with a
 * warning. Everything else goes to the client unchanged. Jobs a worker had not completed are
 * delivered again after their timeout; workers are idempotent, so nothing is half-written.
 */
public final class BoundedClose implements BeanPostProcessor {

  private static final Logger log = LoggerFactory.getLogger(BoundedClose.class);

  private final Duration timeout;

  public BoundedClose(Duration timeout) {
    this.timeout = timeout;
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof CamundaClient client && !Proxy.isProxyClass(bean.getClass())
        ? of(client, timeout)
        : bean;
  }

  /** The client, closed within the timeout. */
  public static CamundaClient of(CamundaClient client, Duration timeout) {
    return (CamundaClient)
        Proxy.newProxyInstance(
            CamundaClient.class.getClassLoader(),
            new Class<?>[] {CamundaClient.class},
            new Handler(client, timeout));
  }

  private record Handler(CamundaClient client, Duration timeout, AtomicBoolean closed)
      implements InvocationHandler {

    Handler(CamundaClient client, Duration timeout) {
      this(client, timeout, new AtomicBoolean());
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      if (method.getName().equals("close") && method.getParameterCount() == 0) {
        close();
        return null;
      }
      try {
        return method.invoke(client, args);
      } catch (InvocationTargetException e) {
        throw e.getCause();
      }
    }

    private void close() throws InterruptedException {
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
}
