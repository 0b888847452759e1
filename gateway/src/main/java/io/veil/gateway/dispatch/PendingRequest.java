package io.veil.gateway.dispatch;

import io.veil.protocol.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** One caller's request while it is in the dispatcher. Socket thread only, after submission. */
final class PendingRequest {

  /** The first send plus at most one retry on another worker. */
  static final int MAX_ATTEMPTS = 2;

  final long id;
  final List<Message.Item> items;
  final long deadlineEpochMillis;
  final CompletableFuture<List<Message.ItemResult>> future;
  /** The encoded request, the same for every attempt (workers see one id per gateway link). */
  final byte[] frame;
  final Set<String> tried = new HashSet<>(MAX_ATTEMPTS);
  /** The worker currently asked, or null between attempts. */
  WorkerLink holder;

  /** Set once the dispatcher no longer holds the request. */
  boolean finished;

  PendingRequest(long id, List<Message.Item> items, long deadlineEpochMillis, byte[] frame) {
    this.id = id;
    this.frame = frame;
    this.items = items;
    this.deadlineEpochMillis = deadlineEpochMillis;
    this.future = new CompletableFuture<>();
  }

  boolean mayRetry(long nowMillis) {
    return tried.size() < MAX_ATTEMPTS && nowMillis < deadlineEpochMillis;
  }
}
