package io.veil.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/**
 * Encodes and decodes {@link Message}s as versioned msgpack maps with short keys, one message per
 * ZeroMQ frame. The format is described in {@code worker-protocol/README.md} and pinned by
 * golden-byte tests; keys are written in a fixed order ({@code v}, {@code t}, then the type's
 * fields) so that equal messages encode to equal bytes.
 *
 * <p>Decoding skips unknown keys, and rejects everything else that is not a valid message with a
 * {@link ProtocolException}: it never throws anything else and never allocates more than the frame
 * could hold, whatever sizes the frame declares.
 */
public final class MessageCodec {

  private MessageCodec() {}

  /**
   * Encodes one message into one ZeroMQ frame.
   *
   * @throws IllegalArgumentException when a required string field is null
   */
  public static byte[] encode(Message message) {
    try (MessageBufferPacker p = MessagePack.newDefaultBufferPacker()) {
      if (message == null) {
        throw new IllegalArgumentException("message must not be null");
      }
      write(p, message);
      return p.toByteArray();
    } catch (IOException e) {
      // A buffer packer writes to memory only.
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Decodes one frame.
   *
   * @throws ProtocolException when the frame is malformed, truncated, of an unknown type or an
   *     unsupported version; never any other exception
   */
  public static Message decode(byte[] frame) throws ProtocolException {
    return MessageDecoder.decode(frame);
  }

  private static void write(MessageBufferPacker p, Message message) throws IOException {
    if (message instanceof Message.Ready r) {
      header(p, 5, Wire.T_READY);
      str(p, Wire.WORKER, r.workerId());
      str(p, Wire.BACKEND, r.backend());
      p.packString(Wire.CAPACITY).packInt(r.capacity());
    } else if (message instanceof Message.Heartbeat) {
      header(p, 2, Wire.T_HEARTBEAT);
    } else if (message instanceof Message.Request r) {
      header(p, 5, Wire.T_REQUEST);
      p.packString(Wire.ID).packLong(r.id());
      p.packString(Wire.DEADLINE).packLong(r.deadlineEpochMillis());
      p.packString(Wire.ITEMS).packArrayHeader(r.items().size());
      for (Message.Item item : r.items()) {
        writeItem(p, item);
      }
    } else if (message instanceof Message.Reply r) {
      header(p, 7, Wire.T_REPLY);
      p.packString(Wire.ID).packLong(r.id());
      p.packString(Wire.RESULTS).packArrayHeader(r.results().size());
      for (Message.ItemResult result : r.results()) {
        writeResult(p, result);
      }
      str(p, Wire.BACKEND, r.backend());
      p.packString(Wire.QUEUE_MICROS).packLong(r.queueMicros());
      p.packString(Wire.INFERENCE_MICROS).packLong(r.inferenceMicros());
    } else if (message instanceof Message.Error e) {
      header(p, 5, Wire.T_ERROR);
      p.packString(Wire.ID).packLong(e.id());
      str(p, Wire.CODE, e.code());
      str(p, Wire.MESSAGE, e.message());
    } else if (message instanceof Message.Disconnect) {
      header(p, 2, Wire.T_DISCONNECT);
    } else {
      throw new IllegalArgumentException("unknown message type " + message.getClass().getName());
    }
  }

  private static void header(MessageBufferPacker p, int keys, String type) throws IOException {
    p.packMapHeader(keys);
    p.packString(Wire.VERSION).packInt(Message.VERSION);
    p.packString(Wire.TYPE).packString(type);
  }

  private static void writeItem(MessageBufferPacker p, Message.Item item) throws IOException {
    if (item == null || item.category() == null) {
      throw new IllegalArgumentException("item and its category must not be null");
    }
    boolean hasContext = item.context() != null;
    p.packMapHeader(hasContext ? 3 : 2);
    str(p, Wire.CONTENT, item.content());
    p.packString(Wire.CATEGORY).packString(item.category().wireName());
    if (hasContext) {
      p.packString(Wire.CONTEXT).packString(item.context());
    }
  }

  private static void writeResult(MessageBufferPacker p, Message.ItemResult result)
      throws IOException {
    if (result == null || result.status() == null || result.decision() == null) {
      throw new IllegalArgumentException("item result, its status and decision must not be null");
    }
    p.packMapHeader(4);
    p.packString(Wire.STATUS).packString(Wire.status(result.status()));
    p.packString(Wire.SENSITIVE).packBoolean(result.decision().sensitive());
    p.packString(Wire.CONFIDENCE).packDouble(result.decision().confidence());
    List<Message.Span> spans = result.spans();
    p.packString(Wire.SPANS).packArrayHeader(spans.size());
    for (Message.Span s : spans) {
      p.packMapHeader(4);
      p.packString(Wire.START).packInt(s.start());
      p.packString(Wire.END).packInt(s.end());
      str(p, Wire.RECOGNIZER, s.recognizer());
      str(p, Wire.PATTERN, s.pattern());
    }
  }

  private static void str(MessageBufferPacker p, String key, String value) throws IOException {
    if (value == null) {
      throw new IllegalArgumentException("field " + key + " must not be null");
    }
    p.packString(key).packString(value);
  }
}
