package io.baton.support.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

class BoundedCloseTest {

  @Test
  void aClientWhoseCloseNeverReturnsIsGivenUpAfterTheTimeout() {
    CamundaClient stuck = mock(CamundaClient.class);
    CountDownLatch never = new CountDownLatch(1);
    doAnswer(
            invocation -> {
              never.await();
              return null;
            })
        .when(stuck)
        .close();
    CamundaClient client = BoundedClose.of(stuck, Duration.ofMillis(200));

    assertTimeoutPreemptively(Duration.ofSeconds(10), client::close);

    verify(stuck).close();
  }

  @Test
  void theClientIsClosedOnceHoweverOftenItIsAskedTo() {
    CamundaClient delegate = mock(CamundaClient.class);
    CamundaClient client = BoundedClose.of(delegate, Duration.ofSeconds(5));

    client.close();
    client.close();

    verify(delegate, times(1)).close();
  }

  @Test
  void everythingButCloseGoesToTheClientUnchanged() {
    CamundaClient delegate = mock(CamundaClient.class);
    when(delegate.newTopologyRequest()).thenThrow(new ClientException("engine unavailable"));
    CamundaClient client = BoundedClose.of(delegate, Duration.ofSeconds(5));

    assertThatThrownBy(client::newTopologyRequest)
        .isInstanceOf(ClientException.class)
        .hasMessage("engine unavailable");
    assertThat(client.getConfiguration()).isSameAs(delegate.getConfiguration());
  }

  @Test
  void onlyCamundaClientBeansAreWrapped() {
    BoundedClose postProcessor = new BoundedClose(Duration.ofSeconds(5));
    CamundaClient delegate = mock(CamundaClient.class);

    Object wrapped = postProcessor.postProcessAfterInitialization(delegate, "camundaClient");

    assertThat(wrapped).isInstanceOf(CamundaClient.class).isNotSameAs(delegate);
    assertThat(postProcessor.postProcessAfterInitialization(wrapped, "camundaClient")).isSameAs(wrapped);
    assertThat(postProcessor.postProcessAfterInitialization("a string", "other")).isEqualTo("a string");
  }
}
