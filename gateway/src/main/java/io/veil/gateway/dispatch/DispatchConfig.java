package io.veil.gateway.dispatch;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of {@link ZmqDispatcher}: one immutable record, validated at construction with errors
 * that name the key. The gateway's config module builds it; tests shorten the intervals.
 *
 * @param heartbeatInterval how often heartbeats go to every worker; a worker that stays silent for
 *     {@code livenessIntervals} of them is declared dead
 * @param livenessIntervals silent intervals after which a worker is dead
 * @param reconnectMin first reconnect back-off of a DEALER (JeroMQ {@code reconnect_ivl})
 * @param reconnectMax largest reconnect back-off (JeroMQ {@code reconnect_ivl_max})
 * @param recreateAfter the longest wait before a dead worker gets a fresh DEALER (dropping what
 *     was queued); the first wait is one liveness timeout, doubled at each recreation
 * @param maxOutstanding requests in flight across all workers; beyond it, {@code OVERLOADED}
 * @param inventoryPoll how often the inventory file is checked for changes
 * @param maxReplyBytes largest frame accepted from a worker (bounds memory)
 * @param curveClient the gateway's CURVE keypair, used for workers whose inventory entry names a
 *     server key; empty means an ephemeral keypair is generated at start
 */
public record DispatchConfig(Duration heartbeatInterval, int livenessIntervals,
    Duration reconnectMin, Duration reconnectMax, Duration recreateAfter, int maxOutstanding,
    Duration inventoryPoll, int maxReplyBytes, Optional<CurveKeys.KeyPair> curveClient) {

  /** Paranoid Pirate's heartbeat: frequent enough to notice a dead worker within seconds. */
  public static final Duration HEARTBEAT_INTERVAL = Duration.ofSeconds(1);
  /** Paranoid Pirate's liveness: three silent intervals tolerate one lost heartbeat and GC pauses. */
  public static final int LIVENESS_INTERVALS = 3;
  /** First reconnect delay; doubled up to {@link #RECONNECT_MAX} so a dead host is not hammered. */
  public static final Duration RECONNECT_MIN = Duration.ofSeconds(1);
  /** Largest reconnect delay: a restarted worker is found again within about half a minute. */
  public static final Duration RECONNECT_MAX = Duration.ofSeconds(32);
  /**
   * Longest wait before a dead worker's socket is recreated (the Paranoid Pirate's cure for a
   * connection that never answers): waits start at one liveness timeout and double up to this.
   */
  public static final Duration RECREATE_AFTER = Duration.ofSeconds(32);
  /** Bounds memory and latency: beyond this many requests in flight the caller is told to shed. */
  public static final int MAX_OUTSTANDING = 4096;
  /** Operators edit the inventory by hand; one second is quick enough and costs one stat call. */
  public static final Duration INVENTORY_POLL = Duration.ofSeconds(1);
  /** A reply for 1,000 items with spans fits well inside 16 MiB; anything larger is hostile. */
  public static final int MAX_REPLY_BYTES = 16 * 1024 * 1024;

  /** Validates every key; the message names the key and the rule. */
  public DispatchConfig {
    positive("heartbeatInterval", heartbeatInterval);
    positive("reconnectMin", reconnectMin);
    positive("reconnectMax", reconnectMax);
    positive("recreateAfter", recreateAfter);
    positive("inventoryPoll", inventoryPoll);
    if (livenessIntervals < 1) {
      throw new IllegalArgumentException("livenessIntervals must be >= 1");
    }
    if (reconnectMax.compareTo(reconnectMin) < 0) {
      throw new IllegalArgumentException("reconnectMax must be >= reconnectMin");
    }
    if (maxOutstanding < 1) {
      throw new IllegalArgumentException("maxOutstanding must be >= 1");
    }
    if (maxReplyBytes < 1024) {
      throw new IllegalArgumentException("maxReplyBytes must be >= 1024");
    }
    Objects.requireNonNull(curveClient, "curveClient must not be null (use Optional.empty())");
  }

  /** The production defaults, the named constants above. */
  public static DispatchConfig defaults() {
    return new DispatchConfig(HEARTBEAT_INTERVAL, LIVENESS_INTERVALS, RECONNECT_MIN, RECONNECT_MAX,
        RECREATE_AFTER, MAX_OUTSTANDING, INVENTORY_POLL, MAX_REPLY_BYTES, Optional.empty());
  }

  /** A copy with another heartbeat interval (tests use tens of milliseconds). */
  public DispatchConfig withHeartbeatInterval(Duration value) {
    return new DispatchConfig(value, livenessIntervals, reconnectMin, reconnectMax, recreateAfter,
        maxOutstanding, inventoryPoll, maxReplyBytes, curveClient);
  }

  /** A copy with other reconnect back-off bounds. */
  public DispatchConfig withReconnect(Duration min, Duration max) {
    return new DispatchConfig(heartbeatInterval, livenessIntervals, min, max, recreateAfter,
        maxOutstanding, inventoryPoll, maxReplyBytes, curveClient);
  }

  /** A copy with another number of silent intervals before a worker is declared dead. */
  public DispatchConfig withLivenessIntervals(int value) {
    return new DispatchConfig(heartbeatInterval, value, reconnectMin, reconnectMax, recreateAfter,
        maxOutstanding, inventoryPoll, maxReplyBytes, curveClient);
  }

  /** A copy with another longest delay before a dead worker's socket is recreated. */
  public DispatchConfig withRecreateAfter(Duration value) {
    return new DispatchConfig(heartbeatInterval, livenessIntervals, reconnectMin, reconnectMax,
        value, maxOutstanding, inventoryPoll, maxReplyBytes, curveClient);
  }

  /** A copy with another cap on requests in flight. */
  public DispatchConfig withMaxOutstanding(int value) {
    return new DispatchConfig(heartbeatInterval, livenessIntervals, reconnectMin, reconnectMax,
        recreateAfter, value, inventoryPoll, maxReplyBytes, curveClient);
  }

  /** A copy with another inventory poll interval. */
  public DispatchConfig withInventoryPoll(Duration value) {
    return new DispatchConfig(heartbeatInterval, livenessIntervals, reconnectMin, reconnectMax,
        recreateAfter, maxOutstanding, value, maxReplyBytes, curveClient);
  }

  /** A copy with the gateway's CURVE client keypair. */
  public DispatchConfig withCurveClient(CurveKeys.KeyPair value) {
    return new DispatchConfig(heartbeatInterval, livenessIntervals, reconnectMin, reconnectMax,
        recreateAfter, maxOutstanding, inventoryPoll, maxReplyBytes, Optional.of(value));
  }

  /** How long a worker may stay silent before it is declared dead. */
  public Duration livenessTimeout() {
    return heartbeatInterval.multipliedBy(livenessIntervals);
  }

  private static void positive(String key, Duration value) {
    if (value == null || value.isZero() || value.isNegative()) {
      throw new IllegalArgumentException(key + " must be a positive duration");
    }
  }
}
