package io.veil.worker.supervisor;

import java.time.Duration;

/**
 * Exponential back-off between restarts: the first wait is {@code initial}, each further
 * consecutive failure doubles it up to {@code max}; a successful start resets it. Not thread-safe
 * (the supervisor's thread owns it).
 */
public final class Backoff {

  /**
   * First wait: long enough for a crashed CUDA context to release GPU memory, short enough that a
   * one-off crash costs about a second.
   */
  public static final Duration INITIAL = Duration.ofSeconds(1);

  /** Longest wait: a crash-looping server is retried twice a minute without flooding logs. */
  public static final Duration MAX = Duration.ofSeconds(32);

  private final Duration initial;
  private final Duration max;
  private int failures;

  /** A back-off from {@code initial} doubling up to {@code max}. */
  public Backoff(Duration initial, Duration max) {
    if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
      throw new IllegalArgumentException("back-off needs 0 < initial <= max");
    }
    this.initial = initial;
    this.max = max;
  }

  /** Records a failure and returns how long to wait before the next start. */
  public Duration nextDelay() {
    Duration d = initial;
    for (int i = 0; i < failures && d.compareTo(max) < 0; i++) {
      d = d.multipliedBy(2);
    }
    failures++;
    return d.compareTo(max) > 0 ? max : d;
  }

  /** Consecutive failures since the last reset. */
  public int failures() {
    return failures;
  }

  /** A start succeeded: the next failure waits {@code initial} again. */
  public void reset() {
    failures = 0;
  }
}
