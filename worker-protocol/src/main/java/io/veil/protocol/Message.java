package io.veil.protocol;

import java.util.List;

/**
 * The messages exchanged between a gateway (ZeroMQ DEALER) and a worker (ZeroMQ ROUTER). Each is
 * encoded by {@link MessageCodec} as one versioned msgpack map with short keys; unknown keys are
 * skipped so that newer peers can add fields.
 */
public sealed interface Message {

  /** Wire format version written in every message. */
  int VERSION = 1;

  /** Worker to gateway: the worker is up and can hold {@code capacity} outstanding items. */
  record Ready(String workerId, String backend, int capacity) implements Message {}

  /** Either direction: the peer is alive. Sent every heartbeat interval when otherwise idle. */
  record Heartbeat() implements Message {}

  /**
   * Gateway to worker: classify these items before {@code deadlineEpochMillis}.
   *
   * @param id request id, unique per gateway connection; the reply carries it back
   * @param deadlineEpochMillis wall-clock deadline; items still queued after it are answered as
   *     {@link ItemStatus#EXPIRED}
   * @param items the (content, category) pairs
   */
  record Request(long id, long deadlineEpochMillis, List<Item> items) implements Message {
    public Request {
      items = List.copyOf(items);
    }
  }

  /**
   * One (content, category) pair.
   *
   * @param content the text to judge
   * @param category the category asked about
   * @param context the field's key or JSON path, which the detector reads as context; may be null
   */
  record Item(String content, Category category, String context) {}

  /**
   * Worker to gateway: one result per item of request {@code id}, in order.
   *
   * @param backend which backend answered ({@code embedded}, {@code model-server}, {@code
   *     cascade})
   * @param queueMicros time the request waited before inference
   * @param inferenceMicros time spent in the backend
   */
  record Reply(long id, List<ItemResult> results, String backend, long queueMicros,
      long inferenceMicros) implements Message {
    public Reply {
      results = List.copyOf(results);
    }
  }

  /**
   * The answer for one item.
   *
   * @param status whether it was computed, expired or answered degraded
   * @param decision the decision; for {@link ItemStatus#EXPIRED} it is not meaningful
   * @param spans where in the content the sensitive values are, for redaction
   */
  record ItemResult(ItemStatus status, Decision decision, List<Span> spans) {
    public ItemResult {
      spans = List.copyOf(spans);
    }
  }

  /** Whether an item's result was computed normally. */
  enum ItemStatus {
    /** Computed by the backend that the reply names. */
    OK,
    /** Not computed: its deadline passed while it waited. */
    EXPIRED,
    /** Computed by a fallback (the model server was down): still a valid decision. */
    DEGRADED
  }

  /**
   * A finding's location in the item's content (UTF-16 offsets, end exclusive) and how it was
   * found. Never the value itself.
   */
  record Span(int start, int end, String recognizer, String pattern) {}

  /**
   * Worker to gateway: request {@code id} failed as a whole.
   *
   * @param code a closed set: {@code OVERLOADED}, {@code BAD_REQUEST}, {@code INTERNAL}, {@code
   *     UNSUPPORTED_VERSION}, {@code SHUTTING_DOWN}
   * @param message a description that never holds content
   */
  record Error(long id, String code, String message) implements Message {}

  /** Either direction: the peer is going away cleanly. */
  record Disconnect() implements Message {}

  /** Content and results are held in lists; this is the shared empty span list. */
  List<Span> NO_SPANS = List.of();
}
