package io.veil.gateway.dispatch;

import static io.veil.gateway.dispatch.TestFleet.await;
import static io.veil.gateway.dispatch.TestFleet.counter;
import static io.veil.gateway.dispatch.TestFleet.gauge;
import static io.veil.gateway.dispatch.TestFleet.live;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.veil.gateway.dispatch.DispatchException.Reason;
import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher against real ZeroMQ ROUTER stand-in workers on loopback. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ZmqDispatcherTest {

  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final List<Message.Item> TWO_ITEMS = List.of(
      new Message.Item("first text", Category.EMAIL, "$.a"),
      new Message.Item("second text", Category.SSN, "$.b"));

  @TempDir Path dir;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final List<AutoCloseable> closeables = new ArrayList<>();

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

  private ZmqDispatcher dispatcher(DispatchConfig config, FakeWorker... workers) throws Exception {
    Path inventory = dir.resolve("inventory.yaml");
    TestFleet.writeInventory(inventory, workers);
    ZmqDispatcher d = new ZmqDispatcher(config, inventory, registry);
    closeables.add(0, d);
    for (FakeWorker w : workers) {
      await(WAIT, w.name() + " live", () -> live(registry, w.name()));
    }
    return d;
  }

  private ZmqDispatcher dispatcher(FakeWorker... workers) throws Exception {
    return dispatcher(TestFleet.config(), workers);
  }

  private static long in(long millis) {
    return System.currentTimeMillis() + millis;
  }

  private static Reason reasonOf(CompletableFuture<?> future) {
    try {
      future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof DispatchException d) {
        return d.reason();
      }
      throw e;
    }
    throw new AssertionError("future completed normally");
  }

  @Test
  void normalReply_completesWithOneResultPerItemInOrder() throws Exception {
    FakeWorker a = worker("a", FakeWorker.ok());
    ZmqDispatcher d = dispatcher(a);

    List<Message.ItemResult> results = d.classify(TWO_ITEMS, in(2_000)).get(5, TimeUnit.SECONDS);

    assertThat(results).hasSize(2).allSatisfy(r -> {
      assertThat(r.status()).isEqualTo(Message.ItemStatus.OK);
      assertThat(r.decision()).isEqualTo(new Decision(true, 0.9));
    });
    assertThat(a.requests).singleElement().satisfies(r -> assertThat(r.items()).isEqualTo(TWO_ITEMS));
    assertThat(counter(registry, "veil.gateway.dispatch.requests", "outcome", "ok")).isEqualTo(1);
    assertThat(d.anyLive()).isTrue();
    assertThat(d.outstanding()).isZero();
  }

  @Test
  void requests_goToTheLeastOutstandingLiveWorker() throws Exception {
    FakeWorker a = worker("a", FakeWorker.silent());
    FakeWorker b = worker("b", FakeWorker.silent());
    ZmqDispatcher d = dispatcher(a, b);

    for (int i = 0; i < 6; i++) {
      d.classify(TWO_ITEMS, in(3_000));
    }

    await(WAIT, "6 requests delivered", () -> a.requests.size() + b.requests.size() == 6);
    assertThat(a.requests).hasSize(3);
    assertThat(b.requests).hasSize(3);
    assertThat(gauge(registry, "veil.gateway.worker.outstanding", "a")).isEqualTo(3.0);
    assertThat(gauge(registry, "veil.gateway.worker.outstanding", "b")).isEqualTo(3.0);
  }

  @Test
  void silentWorker_isDeclaredDeadAfterThreeIntervals_andItsRequestIsRetriedOnTheOther()
      throws Exception {
    FakeWorker a = worker("a", (req, seen) -> FakeWorker.Response.none());
    FakeWorker b = worker("b", FakeWorker.ok());
    ZmqDispatcher d = dispatcher(TestFleet.config().withLivenessIntervals(3), a, b);
    a.mute = true;
    // Least-outstanding ties go to the first worker: the request lands on the muted one.
    CompletableFuture<List<Message.ItemResult>> held = d.classify(TWO_ITEMS, in(5_000));
    long start = System.nanoTime();

    assertThat(held.get(5, TimeUnit.SECONDS)).hasSize(2);
    long tookMillis = (System.nanoTime() - start) / 1_000_000;

    assertThat(live(registry, "a")).isFalse();
    assertThat(tookMillis).isGreaterThanOrEqualTo(TestFleet.HEARTBEAT.toMillis() * 2);
    assertThat(b.requests).hasSize(1);
    assertThat(counter(registry, "veil.gateway.dispatch.retries")).isEqualTo(1);
    for (int i = 0; i < 3; i++) {
      assertThat(d.classify(TWO_ITEMS, in(2_000)).get(5, TimeUnit.SECONDS)).hasSize(2);
    }
    assertThat(b.requests).hasSize(4);
  }

  @Test
  void workerThatForgetsTheGateway_handsItsRequestToAnotherWorker() throws Exception {
    FakeWorker a = worker("a", FakeWorker.silent());
    FakeWorker b = worker("b", FakeWorker.ok());
    ZmqDispatcher d = dispatcher(a, b);
    CompletableFuture<List<Message.ItemResult>> held = d.classify(TWO_ITEMS, in(10_000));
    await(WAIT, "request on a", () -> a.requests.size() == 1);

    a.forget = true;

    assertThat(held.get(5, TimeUnit.SECONDS)).hasSize(2);
    assertThat(b.requests).hasSize(1);
    assertThat(live(registry, "a")).isTrue();
  }

  @Test
  void stalledConnection_isAbandoned_andTheWorkerIsFoundOnAFreshOne() throws Exception {
    FakeWorker a = worker("a", FakeWorker.ok());
    TcpTap stalling = new TcpTap(a.endpoint(), 1);
    closeables.add(stalling);
    Path inventory = dir.resolve("inventory.yaml");
    TestFleet.writeInventory(inventory, List.of(new TestFleet.Entry("a", stalling.endpoint(),
        null)));
    ZmqDispatcher d = new ZmqDispatcher(TestFleet.config(), inventory, registry);
    closeables.add(0, d);

    await(Duration.ofSeconds(10), "a live", () -> live(registry, "a"));

    assertThat(stalling.accepted.get()).isGreaterThanOrEqualTo(2);
    assertThat(d.classify(TWO_ITEMS, in(2_000)).get(5, TimeUnit.SECONDS)).hasSize(2);
  }

  @Test
  void overloadedOrInternalError_isRetriedOnceOnAnotherWorker() throws Exception {
    for (String code : List.of("OVERLOADED", "INTERNAL")) {
      FakeWorker a = worker("a-" + code, FakeWorker.error(code));
      FakeWorker b = worker("b-" + code, FakeWorker.ok());
      ZmqDispatcher d = dispatcher(a, b);

      assertThat(d.classify(TWO_ITEMS, in(3_000)).get(5, TimeUnit.SECONDS)).hasSize(2);

      assertThat(a.requests).as(code).hasSize(1);
      assertThat(b.requests).as(code).hasSize(1);
      d.close();
    }
    assertThat(counter(registry, "veil.gateway.dispatch.retries")).isEqualTo(2);
  }

  @Test
  void secondFailure_isNotRetriedAgain_andFailsAsWorkerError() throws Exception {
    FakeWorker a = worker("a", FakeWorker.error("OVERLOADED"));
    FakeWorker b = worker("b", FakeWorker.error("OVERLOADED"));
    FakeWorker c = worker("c", FakeWorker.error("OVERLOADED"));
    ZmqDispatcher d = dispatcher(a, b, c);

    assertThat(reasonOf(d.classify(TWO_ITEMS, in(3_000)))).isEqualTo(Reason.WORKER_ERROR);

    Thread.sleep(200);
    assertThat(a.requests.size() + b.requests.size() + c.requests.size()).isEqualTo(2);
    assertThat(counter(registry, "veil.gateway.dispatch.retries")).isEqualTo(1);
  }

  @Test
  void badRequestError_isNotRetried() throws Exception {
    FakeWorker a = worker("a", FakeWorker.error("BAD_REQUEST"));
    FakeWorker b = worker("b", FakeWorker.ok());
    ZmqDispatcher d = dispatcher(a, b);

    assertThat(reasonOf(d.classify(TWO_ITEMS, in(3_000)))).isEqualTo(Reason.WORKER_ERROR);
    assertThat(b.requests).isEmpty();
  }

  @Test
  void silentWorker_futureFailsWithTimeoutAtTheDeadline() throws Exception {
    FakeWorker a = worker("a", FakeWorker.silent());
    ZmqDispatcher d = dispatcher(a);
    long deadline = in(300);

    Reason reason = reasonOf(d.classify(TWO_ITEMS, deadline));
    long lateBy = System.currentTimeMillis() - deadline;

    assertThat(reason).isEqualTo(Reason.TIMEOUT);
    // The slack absorbs scheduling jitter on a loaded two-core test host.
    assertThat(lateBy).isBetween(0L, 300L);
    assertThat(d.outstanding()).isZero();
    assertThat(counter(registry, "veil.gateway.dispatch.requests", "outcome", "timeout"))
        .isEqualTo(1);
  }

  @Test
  void replyWithWrongResultCount_failsAsBadReply() throws Exception {
    FakeWorker a = worker("a", (req, seen) -> FakeWorker.Response.now(new Message.Reply(req.id(),
        FakeWorker.okReply(req).results().subList(0, 1), "fake", 0, 0)));
    ZmqDispatcher d = dispatcher(a);

    assertThat(reasonOf(d.classify(TWO_ITEMS, in(3_000)))).isEqualTo(Reason.BAD_REPLY);
  }

  @Test
  void replyWithSpanOutsideContent_failsAsBadReply() throws Exception {
    FakeWorker a = worker("a", (req, seen) -> FakeWorker.Response.now(new Message.Reply(req.id(),
        req.items().stream().map(i -> new Message.ItemResult(Message.ItemStatus.OK,
            new Decision(true, 0.9), List.of(new Message.Span(0, 500, "r", "p")))).toList(),
        "fake", 0, 0)));
    ZmqDispatcher d = dispatcher(a);

    assertThat(reasonOf(d.classify(TWO_ITEMS, in(3_000)))).isEqualTo(Reason.BAD_REPLY);
  }

  @Test
  void garbageFrame_failsAsBadReplyAndIsCounted() throws Exception {
    FakeWorker a = worker("a", (req, seen) -> FakeWorker.Response.raw(new byte[] {1, 2, 3}));
    ZmqDispatcher d = dispatcher(a);

    assertThat(reasonOf(d.classify(TWO_ITEMS, in(3_000)))).isEqualTo(Reason.BAD_REPLY);
    assertThat(counter(registry, "veil.gateway.dispatch.bad.frames")).isEqualTo(1);
  }

  @Test
  void lateReply_isDroppedAndCounted() throws Exception {
    FakeWorker a = worker("a",
        (req, seen) -> FakeWorker.Response.later(400, FakeWorker.okReply(req)));
    ZmqDispatcher d = dispatcher(a);

    assertThat(reasonOf(d.classify(TWO_ITEMS, in(150)))).isEqualTo(Reason.TIMEOUT);

    await(WAIT, "late reply counted",
        () -> counter(registry, "veil.gateway.dispatch.late.replies") == 1);
    assertThat(counter(registry, "veil.gateway.dispatch.requests", "outcome", "ok")).isZero();
  }

  @Test
  void noLiveWorker_failsImmediately() throws Exception {
    Path inventory = dir.resolve("inventory.yaml");
    TestFleet.writeInventory(inventory,
        List.of(new TestFleet.Entry("nobody", "tcp://127.0.0.1:1", null)));
    ZmqDispatcher d = new ZmqDispatcher(TestFleet.config(), inventory, registry);
    closeables.add(d);

    CompletableFuture<List<Message.ItemResult>> future = d.classify(TWO_ITEMS, in(3_000));

    assertThat(future).isDone();
    assertThat(reasonOf(future)).isEqualTo(Reason.NO_LIVE_WORKER);
    assertThat(d.anyLive()).isFalse();
  }

  @Test
  void beyondTheOutstandingCap_failsImmediatelyAsOverloaded() throws Exception {
    FakeWorker a = worker("a", FakeWorker.silent());
    ZmqDispatcher d = dispatcher(TestFleet.config().withMaxOutstanding(2), a);
    d.classify(TWO_ITEMS, in(3_000));
    d.classify(TWO_ITEMS, in(3_000));

    CompletableFuture<List<Message.ItemResult>> third = d.classify(TWO_ITEMS, in(3_000));

    assertThat(third).isDone();
    assertThat(reasonOf(third)).isEqualTo(Reason.OVERLOADED);
  }

  @Test
  void close_failsWhatIsInFlightAndSaysGoodbye() throws Exception {
    FakeWorker a = worker("a", FakeWorker.silent());
    ZmqDispatcher d = dispatcher(a);
    CompletableFuture<List<Message.ItemResult>> held = d.classify(TWO_ITEMS, in(10_000));
    await(WAIT, "request delivered", () -> a.requests.size() == 1);

    d.close();

    assertThat(reasonOf(held)).isEqualTo(Reason.CLOSED);
    await(WAIT, "bye received", () -> a.byes.get() == 1);
    assertThat(reasonOf(d.classify(TWO_ITEMS, in(1_000)))).isEqualTo(Reason.CLOSED);
    assertThat(d.anyLive()).isFalse();
  }

  @Test
  void nullContent_isRejectedAsACallerBug() throws Exception {
    FakeWorker a = worker("a", FakeWorker.ok());
    ZmqDispatcher d = dispatcher(a);

    assertThatThrownBy(() -> d.classify(List.of(new Message.Item(null, Category.EMAIL, null)),
        in(1_000))).isInstanceOf(NullPointerException.class);
    assertThat(d.outstanding()).isZero();
  }
}
