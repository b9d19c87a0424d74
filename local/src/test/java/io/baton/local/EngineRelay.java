package io.baton.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay between one service and the engine's gRPC port, for faults a test must place exactly:
 * while the relay holds, what the engine sends reaches the service (pushed jobs), and what the
 * service sends (job completions, polls) waits in the relay. Closing the relay drops what waited:
 * it never reaches the engine. Nothing is simulated: the service runs its real code over its real
 * connection.
 */
final class EngineRelay implements AutoCloseable {

  private final int enginePort;
  private final ServerSocket listener;
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final Object gate = new Object();
  private boolean holding;
  private boolean closed;

  private EngineRelay(int enginePort) throws IOException {
    this.enginePort = enginePort;
    listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread.ofVirtual().name("engine-relay-accept").start(this::accept);
  }

  static EngineRelay to(int enginePort) throws IOException {
    return new EngineRelay(enginePort);
  }

  /** The gRPC address a service uses to reach the engine through the relay. */
  String address() {
    return "http://127.0.0.1:" + listener.getLocalPort();
  }

  /** From now on what the service sends waits in the relay. */
  void hold() {
    synchronized (gate) {
      holding = true;
    }
  }

  /** What waited, and what the service sends from now on, goes on to the engine. */
  void release() {
    synchronized (gate) {
      holding = false;
      gate.notifyAll();
    }
  }

  private void accept() {
    while (!listener.isClosed()) {
      try {
        Socket service = listener.accept();
        Socket engine = new Socket(InetAddress.getLoopbackAddress(), enginePort);
        sockets.add(service);
        sockets.add(engine);
        Thread.ofVirtual().start(() -> pump(service, engine, true));
        Thread.ofVirtual().start(() -> pump(engine, service, false));
      } catch (IOException closedOrRefused) {
        // the relay was closed, or the engine is not there: the service sees its connection fail
      }
    }
  }

  private void pump(Socket from, Socket to, boolean towardsEngine) {
    byte[] buffer = new byte[16 * 1024];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      for (int read; (read = in.read(buffer)) >= 0; ) {
        if (towardsEngine && !awaitPassage()) {
          return;
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException | InterruptedException connectionGone) {
      // one side closed: the other is closed below
    } finally {
      closeQuietly(from);
      closeQuietly(to);
    }
  }

  /** Waits while the relay holds; false when it was closed meanwhile, so what waited is dropped. */
  private boolean awaitPassage() throws InterruptedException {
    synchronized (gate) {
      while (holding && !closed) {
        gate.wait();
      }
      return !closed;
    }
  }

  @Override
  public void close() {
    synchronized (gate) {
      closed = true;
      gate.notifyAll();
    }
    closeQuietly(listener);
    sockets.forEach(EngineRelay::closeQuietly);
  }

  private static void closeQuietly(AutoCloseable closeable) {
    try {
      closeable.close();
    } catch (Exception alreadyClosed) {
      // nothing left to release
    }
  }
}
