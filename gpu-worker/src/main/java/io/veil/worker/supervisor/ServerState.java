package io.veil.worker.supervisor;

/** The supervised model server's state, for health, READY messages and the cascade. */
public enum ServerState {
  /** Launched, not yet answering its ready endpoint. */
  STARTING,
  /** Ready and live: scoring requests may be sent. */
  READY,
  /**
   * Waiting before a restart after a failure (death, hang, start timeout); a restart is expected
   * soon.
   */
  BACKING_OFF,
  /**
   * Not serving: never started, stopped, or failing repeatedly (still retried at back-off, but
   * treated as down by callers).
   */
  DOWN
}
