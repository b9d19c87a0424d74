package io.baton.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;

/**
 * A MongoDB wire-protocol server in the test JVM, on a free loopback port, shared by the tests of
 * one JVM. Each Spring context has its own database ({@link EmbeddedMongoInitializer}). It is never
 * stopped: it outlives every Spring context that talks to it (the test context cache closes them at
 * the JVM's exit, with their outbox sweeps still running) and ends with the JVM.
 */
public final class EmbeddedMongo {

  private static MongoServer server;

  private EmbeddedMongo() {}

  public static synchronized String uri(String database) {
    if (server == null) {
      server = new MongoServer(new MemoryBackend());
      server.bind("127.0.0.1", 0);
    }
    InetSocketAddress address = server.getLocalAddress();
    return "mongodb://localhost:" + address.getPort() + "/" + database;
  }
}
