package io.veil.worker.model;

/** A batch the model server did not score. The message never holds content or prompts. */
public final class ModelException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the batch was not scored. */
  public enum Kind {
    /** Connection refused or reset, or a non-200 status: the server is down or broken. */
    UNAVAILABLE,
    /** No answer within the latency bound: the server counts as hung. */
    TIMEOUT,
    /** An answer that is not a valid score per prompt (non-JSON, wrong length, NaN, range). */
    BAD_ANSWER
  }

  private final Kind kind;

  /** A failure of {@code kind}; {@code message} names paths, sizes and rules, never content. */
  public ModelException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** A failure of {@code kind} caused by {@code cause}. */
  public ModelException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  /** Why the batch was not scored. */
  public Kind kind() {
    return kind;
  }
}
