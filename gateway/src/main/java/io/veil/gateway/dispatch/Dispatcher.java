package io.veil.gateway.dispatch;

import io.veil.protocol.Message;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Sends (content, category) items to workers and completes with one result per item, in order.
 * Implementations never block the caller. The future completes exceptionally (with {@link
 * DispatchException}) when no worker answered validly before the deadline; the caller then applies
 * the fail-safe action, never passes the value through.
 */
public interface Dispatcher extends AutoCloseable {

  /**
   * Classifies items before {@code deadlineEpochMillis}, with at most one retry on another worker
   * inside the deadline.
   */
  CompletableFuture<List<Message.ItemResult>> classify(List<Message.Item> items,
      long deadlineEpochMillis);

  /** Whether at least one worker is live. */
  boolean anyLive();

  @Override
  void close();
}
