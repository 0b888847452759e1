package io.veil.gateway.dispatch;

import static io.veil.gateway.dispatch.TestFleet.await;
import static io.veil.gateway.dispatch.TestFleet.live;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.veil.protocol.Category;
import io.veil.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The gateway-to-worker link with ZeroMQ CURVE, through a TCP tap that records the wire. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CurveLinkTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  /** A planted value: it must never cross an encrypted link in the clear. */
  private static final String PLANTED = "planted-4111111111111111-value";
  private static final List<Message.Item> ITEMS =
      List.of(new Message.Item(PLANTED, Category.CREDIT_CARD, "$.card"));

  @TempDir Path dir;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private final CurveKeys.KeyPair serverKeys = CurveKeys.generate();
  private final CurveKeys.KeyPair clientKeys = CurveKeys.generate();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private <T extends AutoCloseable> T track(T closeable) {
    closeables.add(0, closeable);
    return closeable;
  }

  private ZmqDispatcher dispatcher(String endpoint, String serverKeyZ85) throws Exception {
    Path inventory = dir.resolve("inventory.yaml");
    TestFleet.writeInventory(inventory, List.of(new TestFleet.Entry("w", endpoint, serverKeyZ85)));
    return track(new ZmqDispatcher(TestFleet.config().withCurveClient(clientKeys), inventory,
        registry));
  }

  private static long in(long millis) {
    return System.currentTimeMillis() + millis;
  }

  @Test
  void rightServerKey_answersArrive_andTheWireNeverCarriesThePlaintext() throws Exception {
    FakeWorker worker = track(new FakeWorker("w", FakeWorker.ok(), TestFleet.HEARTBEAT,
        Optional.of(serverKeys)));
    TcpTap tap = track(new TcpTap(worker.endpoint()));
    ZmqDispatcher d = dispatcher(tap.endpoint(), serverKeys.publicZ85());
    await(WAIT, "worker live over CURVE", () -> live(registry, "w"));

    assertThat(d.classify(ITEMS, in(3_000)).get(5, TimeUnit.SECONDS)).hasSize(1);

    assertThat(worker.requests).singleElement()
        .satisfies(r -> assertThat(r.items().get(0).content()).isEqualTo(PLANTED));
    assertThat(tap.captured().length).isGreaterThan(200);
    assertThat(tap.contains(PLANTED)).isFalse();
    assertThat(tap.contains("credit_card")).isFalse();
  }

  @Test
  void plaintextLink_throughTheSameTap_showsTheValue_soTheTapSeesEverything() throws Exception {
    FakeWorker worker = track(new FakeWorker("w", FakeWorker.ok(), TestFleet.HEARTBEAT));
    TcpTap tap = track(new TcpTap(worker.endpoint()));
    ZmqDispatcher d = dispatcher(tap.endpoint(), null);
    await(WAIT, "worker live", () -> live(registry, "w"));

    assertThat(d.classify(ITEMS, in(3_000)).get(5, TimeUnit.SECONDS)).hasSize(1);

    assertThat(tap.contains(PLANTED)).isTrue();
  }

  @Test
  void wrongServerKey_neverConnects_theWorkerSeesNothing_andRequestsFailSafe() throws Exception {
    FakeWorker worker = track(new FakeWorker("w", FakeWorker.ok(), TestFleet.HEARTBEAT,
        Optional.of(serverKeys)));
    ZmqDispatcher d = dispatcher(worker.endpoint(), CurveKeys.generate().publicZ85());

    Thread.sleep(TestFleet.HEARTBEAT.toMillis() * 8);
    CompletableFuture<List<Message.ItemResult>> future = d.classify(ITEMS, in(1_000));

    assertThat(d.anyLive()).isFalse();
    assertThat(worker.framesReceived.get()).isZero();
    assertThat(future).isCompletedExceptionally();
    assertThat(reasonOf(future)).isEqualTo(DispatchException.Reason.NO_LIVE_WORKER);
  }

  @Test
  void clientWithoutAKey_isRefusedByACurveWorker() throws Exception {
    FakeWorker worker = track(new FakeWorker("w", FakeWorker.ok(), TestFleet.HEARTBEAT,
        Optional.of(serverKeys)));
    ZmqDispatcher d = dispatcher(worker.endpoint(), null);

    Thread.sleep(TestFleet.HEARTBEAT.toMillis() * 8);

    assertThat(d.anyLive()).isFalse();
    assertThat(worker.framesReceived.get()).isZero();
  }

  private static DispatchException.Reason reasonOf(CompletableFuture<?> future) {
    try {
      future.join();
      throw new AssertionError("completed normally");
    } catch (CompletionException e) {
      return ((DispatchException) e.getCause()).reason();
    }
  }
}
