package io.veil.protocol;

import java.util.OptionalLong;

/**
 * A frame that is not a valid message. The message names the rule broken, never content.
 *
 * <p>It carries the error {@link #code() code} to answer with ({@code BAD_REQUEST} or {@code
 * UNSUPPORTED_VERSION}) and, when the decoder had already read the request id before it failed,
 * that {@link #requestId() id}, so that a worker can answer the request instead of dropping it.
 */
public final class ProtocolException extends Exception {

  /** The error code for a malformed frame. */
  public static final String BAD_REQUEST = "BAD_REQUEST";
  /** The error code for a frame of a version this peer does not speak. */
  public static final String UNSUPPORTED_VERSION = "UNSUPPORTED_VERSION";

  private static final long serialVersionUID = 1L;

  private final String code;
  private final boolean hasRequestId;
  private final long requestId;

  public ProtocolException(String message) {
    this(BAD_REQUEST, message, null, false, 0L);
  }

  public ProtocolException(String message, Throwable cause) {
    this(BAD_REQUEST, message, cause, false, 0L);
  }

  private ProtocolException(String code, String message, Throwable cause, boolean hasRequestId,
      long requestId) {
    super(message, cause);
    this.code = code;
    this.hasRequestId = hasRequestId;
    this.requestId = requestId;
  }

  /** A frame whose version field names a version this peer does not speak. */
  public static ProtocolException unsupportedVersion(String message) {
    return new ProtocolException(UNSUPPORTED_VERSION, message, null, false, 0L);
  }

  /** This exception, with the id of the request the frame belonged to. */
  public ProtocolException withRequestId(long id) {
    return new ProtocolException(code, getMessage(), getCause(), true, id);
  }

  /** The error code to answer with: {@link #BAD_REQUEST} or {@link #UNSUPPORTED_VERSION}. */
  public String code() {
    return code;
  }

  /** The id of the request the bad frame belonged to, when it could be read. */
  public OptionalLong requestId() {
    return hasRequestId ? OptionalLong.of(requestId) : OptionalLong.empty();
  }
}
