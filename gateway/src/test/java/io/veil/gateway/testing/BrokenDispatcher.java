package io.veil.gateway.testing;

import io.veil.gateway.dispatch.DispatchException;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/** TEST ONLY: dispatchers that fail in each way a real fleet can. */
public final class BrokenDispatcher implements Dispatcher {

  private final Function<List<Message.Item>, CompletableFuture<List<Message.ItemResult>>> answer;

  private BrokenDispatcher(
      Function<List<Message.Item>, CompletableFuture<List<Message.ItemResult>>> answer) {
    this.answer = answer;
  }

  /** Fails at once: no worker is live. */
  public static BrokenDispatcher noWorker() {
    return new BrokenDispatcher(items -> CompletableFuture.failedFuture(
        new DispatchException(DispatchException.Reason.NO_LIVE_WORKER, "no live worker")));
  }

  /** Answers with a timeout after {@code millis}, as the real dispatcher at its deadline. */
  public static BrokenDispatcher timeout(long millis) {
    Executor later = CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS);
    return new BrokenDispatcher(items -> CompletableFuture.supplyAsync(() -> {
      throw new CompletionException(
          new DispatchException(DispatchException.Reason.TIMEOUT, "deadline passed"));
    }, later));
  }

  /** Throws from {@code classify} itself instead of returning a future. */
  public static BrokenDispatcher throwing() {
    return new BrokenDispatcher(items -> {
      throw new IllegalStateException("dispatcher bug");
    });
  }

  /** Answers with fewer results than items. */
  public static BrokenDispatcher missingResults() {
    return new BrokenDispatcher(items -> CompletableFuture.completedFuture(List.of()));
  }

  /** Answers every item as expired. */
  public static BrokenDispatcher expired() {
    return new BrokenDispatcher(items -> CompletableFuture.completedFuture(items.stream()
        .map(i -> new Message.ItemResult(Message.ItemStatus.EXPIRED, new Decision(false, 0.0),
            Message.NO_SPANS)).toList()));
  }

  /** Answers "sensitive" with a span past the end of the content: garbage. */
  public static BrokenDispatcher spanOutOfBounds() {
    return new BrokenDispatcher(items -> {
      List<Message.ItemResult> out = new ArrayList<>();
      for (Message.Item i : items) {
        out.add(new Message.ItemResult(Message.ItemStatus.OK, new Decision(true, 0.9),
            List.of(new Message.Span(0, i.content().length() + 5, "X", "x"))));
      }
      return CompletableFuture.completedFuture(out);
    });
  }

  /** Never answers until {@code release} completes; for overload tests. */
  public static BrokenDispatcher holding(CompletableFuture<Void> release) {
    return new BrokenDispatcher(items -> release.thenApply(v -> items.stream()
        .map(i -> new Message.ItemResult(Message.ItemStatus.OK, new Decision(false, 0.1),
            Message.NO_SPANS)).toList()));
  }

  @Override
  public CompletableFuture<List<Message.ItemResult>> classify(List<Message.Item> items,
      long deadlineEpochMillis) {
    return answer.apply(items);
  }

  @Override
  public boolean anyLive() {
    return false;
  }

  @Override
  public void close() {}
}
