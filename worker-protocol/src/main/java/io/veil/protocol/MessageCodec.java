package io.veil.protocol;

/**
 * Encodes and decodes {@link Message}s as versioned msgpack maps with short keys.
 *
 * <p>TODO(issue 4): implementation and golden-byte tests belong to the worker issue.
 */
public final class MessageCodec {

  private MessageCodec() {}

  /** Encodes one message into one ZeroMQ frame. */
  public static byte[] encode(Message message) {
    throw new UnsupportedOperationException("MessageCodec.encode is built by issue 4");
  }

  /**
   * Decodes one frame.
   *
   * @throws ProtocolException when the frame is malformed, truncated, of an unknown type or an
   *     unsupported version; never any other exception
   */
  public static Message decode(byte[] frame) throws ProtocolException {
    throw new UnsupportedOperationException("MessageCodec.decode is built by issue 4");
  }
}
