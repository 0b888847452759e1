package io.veil.worker.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import io.veil.worker.backend.Backend;
import io.veil.worker.backend.BackendException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BatcherTest {

  /** Answers each item with a confidence equal to its content's length / 100, recording batches. */
  static final class LengthBackend implements Backend {
    final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    final CountDownLatch entered = new CountDownLatch(1);
    volatile CountDownLatch release = new CountDownLatch(0);
    volatile RuntimeException runtimeFailure;
    volatile BackendException failure;

    @Override
    public String name() {
      return "length";
    }

    @Override
    public List<Message.ItemResult> classify(List<Message.Item> batch) throws BackendException {
      batchSizes.add(batch.size());
      entered.countDown();
      try {
        release.await(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        throw new BackendException("interrupted");
      }
      if (failure != null) {
        throw failure;
      }
      if (runtimeFailure != null) {
        throw runtimeFailure;
      }
      List<Message.ItemResult> out = new ArrayList<>();
      for (Message.Item item : batch) {
        out.add(new Message.ItemResult(Message.ItemStatus.OK,
            new Decision(false, item.content().length() / 100.0), List.of()));
      }
      return out;
    }
  }

  record Sent(Object peer, Message message) {}

  private final LengthBackend backend = new LengthBackend();
  private final BlockingQueue<Sent> sent = new LinkedBlockingQueue<>();
  private Batcher batcher;

  @AfterEach
  void close() {
    if (batcher != null) {
      backend.release = new CountDownLatch(0);
      batcher.close();
    }
  }

  private Batcher start(int threads, int maxBatch, int maxWaitMs, int capacity) {
    batcher = new Batcher(backend, (peer, m) -> sent.add(new Sent(peer, m)), threads, maxBatch,
        Duration.ofMillis(maxWaitMs), capacity);
    batcher.start();
    return batcher;
  }

  private static Message.Request request(long id, long deadline, String... contents) {
    List<Message.Item> items = new ArrayList<>();
    for (String c : contents) {
      items.add(new Message.Item(c, Category.EMAIL, null));
    }
    return new Message.Request(id, deadline, items);
  }

  private static long future() {
    return System.currentTimeMillis() + 60_000;
  }

  private Sent next() throws InterruptedException {
    Sent s = sent.poll(5, TimeUnit.SECONDS);
    assertThat(s).as("a message within 5 s").isNotNull();
    return s;
  }

  @Test
  void itemsOfSeveralRequests_shareOneBatch_andRepliesKeepItemOrder() throws Exception {
    start(1, 64, 300, 100);
    batcher.submit("a", request(1, future(), "x", "xx"));
    batcher.submit("b", request(2, future(), "xxx", "xxxx", "xxxxx"));

    List<Sent> replies = List.of(next(), next());

    assertThat(backend.batchSizes).containsExactly(5);
    Sent first = replies.stream().filter(s -> s.peer().equals("a")).findFirst().orElseThrow();
    Sent second = replies.stream().filter(s -> s.peer().equals("b")).findFirst().orElseThrow();
    assertThat(((Message.Reply) first.message()).results())
        .extracting(r -> r.decision().confidence()).containsExactly(0.01, 0.02);
    assertThat(((Message.Reply) second.message()).results())
        .extracting(r -> r.decision().confidence()).containsExactly(0.03, 0.04, 0.05);
    assertThat(((Message.Reply) second.message()).id()).isEqualTo(2);
    assertThat(((Message.Reply) second.message()).backend()).isEqualTo("length");
  }

  @Test
  void batches_neverExceedMaxBatch() throws Exception {
    start(1, 4, 50, 100);
    batcher.submit("a", request(1, future(), "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"));

    Message.Reply reply = (Message.Reply) next().message();

    assertThat(reply.results()).hasSize(10);
    assertThat(backend.batchSizes).allMatch(n -> n <= 4);
    assertThat(backend.batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10);
  }

  @Test
  void itemsPastTheirDeadline_areAnsweredExpiredWithoutComputing() throws Exception {
    start(1, 64, 0, 100);
    batcher.submit("a", request(1, System.currentTimeMillis() - 1, "x", "y"));

    Message.Reply reply = (Message.Reply) next().message();

    assertThat(reply.results()).extracting(Message.ItemResult::status)
        .containsExactly(Message.ItemStatus.EXPIRED, Message.ItemStatus.EXPIRED);
    assertThat(backend.batchSizes).isEmpty();
    assertThat(batcher.expiredItems()).isEqualTo(2);
  }

  @Test
  void itemsThatExpireWhileQueued_areExpired_othersComputed() throws Exception {
    backend.release = new CountDownLatch(1);
    start(1, 1, 0, 100);
    batcher.submit("a", request(1, future(), "slow"));
    assertThat(backend.entered.await(5, TimeUnit.SECONDS)).isTrue();
    batcher.submit("b", request(2, System.currentTimeMillis() + 50, "late"));
    Thread.sleep(100);
    backend.release.countDown();

    Message.Reply a = (Message.Reply) next().message();
    Message.Reply b = (Message.Reply) next().message();

    assertThat(a.results().get(0).status()).isEqualTo(Message.ItemStatus.OK);
    assertThat(b.results().get(0).status()).isEqualTo(Message.ItemStatus.EXPIRED);
    assertThat(b.queueMicros()).isGreaterThanOrEqualTo(50_000);
  }

  @Test
  void fullQueue_refusesWithoutBlocking_andTooLargeRequestIsRefused() throws Exception {
    backend.release = new CountDownLatch(1);
    start(1, 1, 0, 4);
    assertThat(batcher.submit("a", request(1, future(), "x")))
        .isEqualTo(Batcher.Admission.ACCEPTED);
    assertThat(backend.entered.await(5, TimeUnit.SECONDS)).isTrue();

    assertThat(batcher.submit("a", request(2, future(), "1", "2", "3", "4")))
        .isEqualTo(Batcher.Admission.ACCEPTED);
    assertThat(batcher.submit("a", request(3, future(), "5")))
        .isEqualTo(Batcher.Admission.QUEUE_FULL);
    assertThat(batcher.submit("a", request(4, future(), "1", "2", "3", "4", "5")))
        .isEqualTo(Batcher.Admission.TOO_LARGE);
    assertThat(batcher.queuedItems()).isEqualTo(4);

    backend.release.countDown();
    assertThat(List.of(next(), next())).extracting(s -> ((Message.Reply) s.message()).id())
        .containsExactlyInAnyOrder(1L, 2L);
  }

  @Test
  void backendException_answersInternalWithItsMessage() throws Exception {
    backend.failure = new BackendException("model server down");
    start(1, 64, 0, 100);
    batcher.submit("a", request(9, future(), "x"));

    Message.Error error = (Message.Error) next().message();

    assertThat(error).isEqualTo(new Message.Error(9, "INTERNAL", "model server down"));
    assertThat(batcher.failedBatches()).isEqualTo(1);
  }

  @Test
  void runtimeException_answersInternalWithoutItsMessage() throws Exception {
    backend.runtimeFailure = new IllegalArgumentException("bad input 123-45-6789");
    start(1, 64, 0, 100);
    batcher.submit("a", request(9, future(), "123-45-6789"));

    Message.Error error = (Message.Error) next().message();

    assertThat(error.code()).isEqualTo("INTERNAL");
    assertThat(error.message()).contains("IllegalArgumentException").doesNotContain("6789");
  }

  @Test
  void emptyRequest_isAnsweredAtOnce() throws Exception {
    start(1, 64, 0, 100);

    batcher.submit("a", request(5, future()));

    assertThat(next().message()).isEqualTo(new Message.Reply(5, List.of(), "length", 0, 0));
  }

  @Test
  void drain_waitsForInFlight_thenRefusesNewRequests() throws Exception {
    backend.release = new CountDownLatch(1);
    start(1, 64, 0, 100);
    batcher.submit("a", request(1, future(), "x"));
    assertThat(backend.entered.await(5, TimeUnit.SECONDS)).isTrue();
    new Thread(() -> {
      sleep(100);
      backend.release.countDown();
    }).start();

    boolean drained = batcher.drain(Duration.ofSeconds(5));

    assertThat(drained).isTrue();
    assertThat(next().message()).isInstanceOf(Message.Reply.class);
    assertThat(batcher.submit("a", request(2, future(), "x")))
        .isEqualTo(Batcher.Admission.CLOSED);
  }

  @Test
  void close_answersWhatIsStillPendingWithShuttingDown() throws Exception {
    backend.release = new CountDownLatch(1);
    start(1, 1, 0, 100);
    batcher.submit("a", request(1, future(), "x"));
    assertThat(backend.entered.await(5, TimeUnit.SECONDS)).isTrue();
    batcher.submit("a", request(2, future(), "y"));

    assertThat(batcher.drain(Duration.ofMillis(50))).isFalse();
    batcher.close();

    List<Message> answers = new ArrayList<>();
    for (Sent s = sent.poll(); s != null; s = sent.poll()) {
      answers.add(s.message());
    }
    assertThat(answers).contains(new Message.Error(2, "SHUTTING_DOWN",
        "worker stopped before the request was answered"));
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
