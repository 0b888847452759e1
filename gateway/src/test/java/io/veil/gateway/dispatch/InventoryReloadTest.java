package io.veil.gateway.dispatch;

import static io.veil.gateway.dispatch.TestFleet.await;
import static io.veil.gateway.dispatch.TestFleet.counter;
import static io.veil.gateway.dispatch.TestFleet.gauge;
import static io.veil.gateway.dispatch.TestFleet.live;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.veil.protocol.Category;
import io.veil.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Editing the inventory file changes the fleet of a running dispatcher. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InventoryReloadTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final List<Message.Item> ITEMS =
      List.of(new Message.Item("some text", Category.PHONE, "$.x"));

  @TempDir Path dir;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<AutoCloseable> closeables = new ArrayList<>();
  private Path inventory;

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private FakeWorker worker(String name, FakeWorker.Responder responder) {
    FakeWorker w = new FakeWorker(name, responder, TestFleet.HEARTBEAT);
    closeables.add(w);
    return w;
  }

  private ZmqDispatcher start(FakeWorker... workers) throws Exception {
    inventory = dir.resolve("inventory.yaml");
    TestFleet.writeInventory(inventory, workers);
    ZmqDispatcher d = new ZmqDispatcher(TestFleet.config(), inventory, registry);
    closeables.add(0, d);
    for (FakeWorker w : workers) {
      await(WAIT, w.name() + " live", () -> live(registry, w.name()));
    }
    return d;
  }

  private static long in(long millis) {
    return System.currentTimeMillis() + millis;
  }

  @Test
  void addedWorker_isDialledAndTakesRequests() throws Exception {
    FakeWorker a = worker("a", FakeWorker.silent());
    FakeWorker b = worker("b", FakeWorker.silent());
    ZmqDispatcher d = start(a);

    TestFleet.writeInventory(inventory, a, b);
    await(WAIT, "b live", () -> live(registry, "b"));
    d.classify(ITEMS, in(3_000));
    d.classify(ITEMS, in(3_000));

    await(WAIT, "both requests delivered", () -> a.requests.size() + b.requests.size() == 2);
    assertThat(b.requests).hasSize(1);
    assertThat(counter(registry, "veil.gateway.inventory.reloads", "result", "ok")).isEqualTo(1);
  }

  @Test
  void removedWorker_isDrained_itsRequestRetriedOnAnother_andItsGaugesRemoved()
      throws Exception {
    FakeWorker a = worker("a", FakeWorker.silent());
    FakeWorker b = worker("b", FakeWorker.ok());
    ZmqDispatcher d = start(a, b);
    CompletableFuture<List<Message.ItemResult>> held = d.classify(ITEMS, in(5_000));
    await(WAIT, "request on a", () -> a.requests.size() == 1);

    TestFleet.writeInventory(inventory, b);

    assertThat(held.get(5, TimeUnit.SECONDS)).hasSize(1);
    assertThat(b.requests).hasSize(1);
    await(WAIT, "a said goodbye to", () -> a.byes.get() == 1);
    assertThat(gauge(registry, "veil.gateway.worker.live", "a")).isNull();
    assertThat(d.classify(ITEMS, in(2_000)).get(5, TimeUnit.SECONDS)).hasSize(1);
    assertThat(a.requests).hasSize(1);
  }

  @Test
  void changedEndpoint_reconnectsToTheNewPeer() throws Exception {
    FakeWorker old = worker("a", FakeWorker.silent());
    FakeWorker moved = worker("a", FakeWorker.ok());
    ZmqDispatcher d = start(old);

    TestFleet.writeInventory(inventory, moved);
    await(WAIT, "new peer greeted", () -> moved.framesReceived.get() > 0);
    await(WAIT, "a live again", () -> live(registry, "a"));

    assertThat(d.classify(ITEMS, in(2_000)).get(5, TimeUnit.SECONDS)).hasSize(1);
    assertThat(moved.requests).hasSize(1);
    assertThat(old.requests).isEmpty();
  }

  @Test
  void brokenInventory_keepsThePreviousWorkers() throws Exception {
    FakeWorker a = worker("a", FakeWorker.ok());
    ZmqDispatcher d = start(a);

    for (String broken : List.of("workers: [ {name: a, ", "workers:\n  - name: a\n    host: h\n",
        "workers: 12\n")) {
      double rejected = counter(registry, "veil.gateway.inventory.reloads", "result", "rejected");
      TestFleet.writeRaw(inventory, broken);
      await(WAIT, "rejection counted", () ->
          counter(registry, "veil.gateway.inventory.reloads", "result", "rejected") > rejected);

      assertThat(d.classify(ITEMS, in(2_000)).get(5, TimeUnit.SECONDS)).hasSize(1);
      assertThat(live(registry, "a")).isTrue();
    }
    assertThat(a.byes.get()).isZero();
  }
}
