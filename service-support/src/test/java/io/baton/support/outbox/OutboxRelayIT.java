package io.baton.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.baton.testsupport.MutableClock;
import io.camunda.client.CamundaClient;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.PublishMessageResponse;
import io.grpc.Grpc;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The relay against an engine that is busy or slow, and beside another replica's relay. When the
 * engine answers {@code RESOURCE_EXHAUSTED} (Zeebe's backpressure) to the first publications, the
 * relay stops its pass, waits a backoff that doubles, and publishes each message once when the
 * engine takes it again. Two relays over the same documents publish each message once: the one that
 * claimed it. The engine here is a gRPC server speaking Zeebe's gateway protocol to the real
 * Camunda client; the embedded engine has no backpressure to provoke.
 */
class OutboxRelayIT {

  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();
  private final MutableClock clock = new MutableClock(Instant.parse("2026-12-02T10:00:00Z"));
  private MongoServer mongoServer;
  private MongoTemplate mongo;
  private Server engine;
  private CamundaClient client;
  private OutboxRelay relay;
  private OutboxRelay otherReplica;
  private int refuseFirst;

  /** Runs once while the engine handles a publication, before it answers. */
  private Runnable whilePublishing = () -> {};

  @BeforeEach
  void start() throws Exception {
    mongoServer = new MongoServer(new MemoryBackend());
    mongoServer.bind("127.0.0.1", 0);
    InetSocketAddress mongoAddress = mongoServer.getLocalAddress();
    mongo =
        new MongoTemplate(
            MongoClients.create("mongodb://localhost:" + mongoAddress.getPort()), "outbox-test");
    engine =
        Grpc.newServerBuilderForPort(0, InsecureServerCredentials.create())
            .addService(new BusyEngine())
            .build()
            .start();
    client =
        CamundaClient.newClientBuilder()
            .applyEnvironmentVariableOverrides(false)
            .grpcAddress(URI.create("http://127.0.0.1:" + engine.getPort()))
            .preferRestOverGrpc(false)
            .build();
    OutboxProperties properties = new OutboxProperties(List.of("things"), null, null, null, null);
    relay = new OutboxRelay(mongo, client, properties, clock);
    otherReplica = new OutboxRelay(mongo, client, properties, clock);
  }

  @AfterEach
  void stop() {
    client.close();
    engine.shutdownNow();
    mongoServer.shutdownNow();
  }

  /**
   * The production settings: a sweep every 5 s, the backoff doubling from there to 1 min at most.
   */
  @Test
  void whileTheEngineIsBusyTheRelayBacksOffDoublingAndPublishesEachMessageOnce() {
    refuseFirst = 5;
    mongo.insert(thing("thing-1", "deal-won:1"), "things");
    mongo.insert(thing("thing-2", "deal-won:2"), "things");

    relay.publishAllPending();
    assertThat(refused).as("the pass stops at the first refusal").containsExactly("deal-won:1");

    assertThat(attemptsAfter(Duration.ZERO)).as("right away").isZero();
    assertThat(attemptsAfter(Duration.ofSeconds(5)))
        .as("after the first backoff, 5 s")
        .isEqualTo(1);
    assertThat(attemptsAfter(Duration.ofSeconds(9))).as("within the second backoff, 10 s").isZero();
    assertThat(attemptsAfter(Duration.ofSeconds(1))).as("after the second backoff").isEqualTo(1);
    assertThat(attemptsAfter(Duration.ofSeconds(20)))
        .as("after the third backoff, 20 s")
        .isEqualTo(1);
    assertThat(attemptsAfter(Duration.ofSeconds(40)))
        .as("after the fourth backoff, 40 s")
        .isEqualTo(1);
    assertThat(refused).hasSize(5);
    assertThat(attemptsAfter(Duration.ofSeconds(59)))
        .as("within the fifth backoff, capped at 1 min")
        .isZero();
    assertThat(attemptsAfter(Duration.ofSeconds(1)))
        .as("after the fifth backoff: both published")
        .isEqualTo(2);

    assertThat(accepted).containsExactly("deal-won:1", "deal-won:2");
    assertThat(mongo.findAll(Document.class, "things"))
        .allSatisfy(
            thing ->
                assertThat(thing.getList("outbox", Document.class).getFirst().get("publishedAt"))
                    .isNotNull());
    relay.publishAllPending();
    assertThat(accepted).as("nothing published twice").hasSize(2);
  }

  @Test
  void aMessageTheEngineRefusesForItselfDoesNotHoldUpTheOthers() {
    mongo.insert(thing("thing-1", "invalid:1"), "things");
    mongo.insert(thing("thing-2", "deal-won:2"), "things");

    relay.publishAllPending();

    assertThat(refused).containsExactly("invalid:1");
    assertThat(accepted).containsExactly("deal-won:2");
  }

  @Test
  void aMessageOneReplicaIsPublishingIsNotPublishedByAnother() {
    mongo.insert(thing("thing-1", "deal-won:1").append("version", 3L), "things");
    List<String> seenByTheOtherReplica = new CopyOnWriteArrayList<>();
    whilePublishing =
        () -> {
          otherReplica.publishAllPending();
          seenByTheOtherReplica.addAll(accepted);
        };

    relay.publishAllPending();
    otherReplica.publishAllPending();

    assertThat(seenByTheOtherReplica).as("the other replica published nothing meanwhile").isEmpty();
    assertThat(accepted).containsExactly("deal-won:1");
    Document thing = mongo.findById("thing-1", Document.class, "things");
    Document message = thing.getList("outbox", Document.class).getFirst();
    assertThat(message.get("publishedAt")).isNotNull();
    assertThat(thing).as("the claim is released").doesNotContainKey("outboxClaim");
    assertThat(thing.getLong("version"))
        .as("a save of the aggregate as read before cannot write the message back as pending")
        .isEqualTo(4L);
  }

  @Test
  void theClaimOfAReplicaThatCrashedRunsOutAndAnotherPublishesTheMessageOnce() {
    mongo.insert(
        thing("thing-1", "deal-won:1")
            .append(
                "outboxClaim",
                new Document("by", "a-replica-that-crashed")
                    .append("until", clock.instant().plusSeconds(30))),
        "things");

    assertThat(attemptsAfter(Duration.ofSeconds(29))).as("while its claim holds").isZero();
    assertThat(attemptsAfter(Duration.ofSeconds(2))).as("once it ran out").isEqualTo(1);
    assertThat(attemptsAfter(Duration.ofMinutes(1))).as("published, not claimed again").isZero();
    assertThat(accepted).containsExactly("deal-won:1");
  }

  @Test
  void aPublicationTheEngineRefusedReleasesTheClaimForAnyReplica() {
    refuseFirst = 1;
    mongo.insert(thing("thing-1", "deal-won:1"), "things");

    relay.publishAllPending();
    assertThat(mongo.findById("thing-1", Document.class, "things"))
        .doesNotContainKey("outboxClaim");
    otherReplica.publishAllPending();

    assertThat(refused).containsExactly("deal-won:1");
    assertThat(accepted)
        .as("the other replica, not backing off, takes it at once")
        .containsExactly("deal-won:1");
  }

  /** How many publications the relay attempts in one sweep after the clock moved on. */
  private int attemptsAfter(Duration elapsed) {
    clock.advance(elapsed);
    int before = accepted.size() + refused.size();
    relay.publishAllPending();
    return accepted.size() + refused.size() - before;
  }

  private static Document thing(String id, String messageId) {
    return new Document("_id", id)
        .append(
            "outbox",
            List.of(
                new Document("messageId", messageId)
                    .append("messageName", "deal-won")
                    .append("correlationKey", id)
                    .append("variables", new Document("thingId", id))));
  }

  /**
   * Zeebe's gateway, as far as publishing goes: busy for the first calls, then taking each message.
   */
  private final class BusyEngine extends GatewayGrpc.GatewayImplBase {

    @Override
    public void publishMessage(
        PublishMessageRequest request, StreamObserver<PublishMessageResponse> response) {
      if (request.getMessageId().startsWith("invalid")) {
        refused.add(request.getMessageId());
        response.onError(
            Status.INVALID_ARGUMENT.withDescription("the message is invalid").asRuntimeException());
      } else if (refused.size() < refuseFirst) {
        refused.add(request.getMessageId());
        response.onError(
            Status.RESOURCE_EXHAUSTED
                .withDescription("Expected to handle the request, but the engine is busy")
                .asRuntimeException());
      } else {
        Runnable during = whilePublishing;
        whilePublishing = () -> {};
        during.run();
        accepted.add(request.getMessageId());
        response.onNext(PublishMessageResponse.newBuilder().setKey(accepted.size()).build());
        response.onCompleted();
      }
    }
  }
}
