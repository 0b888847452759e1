package io.veil.protocol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessageInsufficientBufferException;
import org.msgpack.core.MessageIntegerOverflowException;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Reads one frame into a {@link Message}. One instance per frame. Every size a frame declares is
 * checked against the bytes that remain before anything is allocated, so a hostile frame costs at
 * most time linear in its length and memory proportional to it.
 */
final class MessageDecoder {

  private final MessageUnpacker in;
  private final long length;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  private Integer version;
  private String type;
  private boolean hasId;
  private long id;
  private Long deadline;
  private List<Message.Item> items;
  private List<Message.ItemResult> results;
  private String worker;
  private String backend;
  private Integer capacity;
  private Long queueMicros;
  private Long inferenceMicros;
  private String code;
  private String text;

  private MessageDecoder(byte[] frame) {
    this.in = MessagePack.newDefaultUnpacker(frame);
    this.length = frame.length;
  }

  static Message decode(byte[] frame) throws ProtocolException {
    if (frame == null || frame.length == 0) {
      throw new ProtocolException("empty frame");
    }
    if (frame.length > Wire.MAX_FRAME_BYTES) {
      throw new ProtocolException("frame exceeds " + Wire.MAX_FRAME_BYTES + " bytes");
    }
    MessageDecoder d = new MessageDecoder(frame);
    try {
      return d.message();
    } catch (ProtocolException e) {
      throw d.hasId && e.requestId().isEmpty() ? e.withRequestId(d.id) : e;
    } catch (MessageInsufficientBufferException e) {
      throw d.withId(new ProtocolException("truncated frame"));
    } catch (IOException | RuntimeException e) {
      // msgpack's own messages name format bytes only, but ours name the rule for the reader.
      throw d.withId(new ProtocolException("malformed msgpack"));
    }
  }

  private ProtocolException withId(ProtocolException e) {
    return hasId ? e.withRequestId(id) : e;
  }

  private Message message() throws IOException, ProtocolException {
    if (in.getNextFormat().getValueType() != ValueType.MAP) {
      throw new ProtocolException("frame must be a msgpack map");
    }
    int keys = mapHeader("message");
    for (int i = 0; i < keys; i++) {
      topLevelField(key());
    }
    if (in.hasNext()) {
      throw new ProtocolException("trailing bytes after the message");
    }
    require(version, Wire.VERSION);
    require(type, Wire.TYPE);
    return switch (type) {
      case Wire.T_READY -> readyMessage();
      case Wire.T_HEARTBEAT -> new Message.Heartbeat();
      case Wire.T_REQUEST -> new Message.Request(requireId(), require(deadline, Wire.DEADLINE),
          require(items, Wire.ITEMS));
      case Wire.T_REPLY -> new Message.Reply(requireId(), require(results, Wire.RESULTS),
          require(backend, Wire.BACKEND), queueMicros == null ? 0 : queueMicros,
          inferenceMicros == null ? 0 : inferenceMicros);
      case Wire.T_ERROR -> new Message.Error(requireId(), require(code, Wire.CODE),
          require(text, Wire.MESSAGE));
      case Wire.T_DISCONNECT -> new Message.Disconnect();
      default -> throw new ProtocolException("unknown message type in key t");
    };
  }

  private Message readyMessage() throws ProtocolException {
    int cap = require(capacity, Wire.CAPACITY);
    if (cap < 0) {
      throw new ProtocolException("key cap must not be negative");
    }
    return new Message.Ready(require(worker, Wire.WORKER), require(backend, Wire.BACKEND), cap);
  }

  private void topLevelField(String key) throws IOException, ProtocolException {
    switch (key) {
      case Wire.VERSION -> {
        version = once(version, key, intValue(key));
        if (version != Message.VERSION) {
          throw ProtocolException.unsupportedVersion(
              "unsupported version " + version + "; this peer speaks " + Message.VERSION);
        }
      }
      case Wire.TYPE -> type = once(type, key, string(key));
      case Wire.ID -> {
        if (hasId) {
          throw duplicate(key);
        }
        id = longValue(key);
        hasId = true;
      }
      case Wire.DEADLINE -> deadline = once(deadline, key, longValue(key));
      case Wire.ITEMS -> items = once(items, key, items());
      case Wire.RESULTS -> results = once(results, key, results());
      case Wire.WORKER -> worker = once(worker, key, string(key));
      case Wire.BACKEND -> backend = once(backend, key, string(key));
      case Wire.CAPACITY -> capacity = once(capacity, key, intValue(key));
      case Wire.QUEUE_MICROS -> queueMicros = once(queueMicros, key, longValue(key));
      case Wire.INFERENCE_MICROS -> inferenceMicros = once(inferenceMicros, key, longValue(key));
      case Wire.CODE -> code = once(code, key, string(key));
      case Wire.MESSAGE -> text = once(text, key, string(key));
      default -> in.skipValue();
    }
  }

  private List<Message.Item> items() throws IOException, ProtocolException {
    int n = arrayHeader(Wire.ITEMS, Wire.MAX_ITEMS);
    List<Message.Item> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(item());
    }
    return list;
  }

  private Message.Item item() throws IOException, ProtocolException {
    int keys = mapHeader(Wire.ITEMS);
    String content = null;
    String category = null;
    String context = null;
    boolean hasContext = false;
    for (int i = 0; i < keys; i++) {
      String key = key();
      switch (key) {
        case Wire.CONTENT -> content = once(content, key, string(key));
        case Wire.CATEGORY -> category = once(category, key, string(key));
        case Wire.CONTEXT -> {
          if (hasContext) {
            throw duplicate(key);
          }
          hasContext = true;
          context = in.tryUnpackNil() ? null : string(key);
        }
        default -> in.skipValue();
      }
    }
    Category c = Wire.category(require(category, "it[].k"));
    if (c == null) {
      throw new ProtocolException("key it[].k is not a known category wire name");
    }
    return new Message.Item(require(content, "it[].c"), c, context);
  }

  private List<Message.ItemResult> results() throws IOException, ProtocolException {
    int n = arrayHeader(Wire.RESULTS, Wire.MAX_ITEMS);
    List<Message.ItemResult> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(new ResultReader().read());
    }
    return list;
  }

  /** The fields of one item result; keys are scoped to the result's map. */
  private final class ResultReader {
    private String status;
    private Boolean sensitive;
    private Double confidence;
    private List<Message.Span> spans;

    Message.ItemResult read() throws IOException, ProtocolException {
      int keys = mapHeader(Wire.RESULTS);
      for (int i = 0; i < keys; i++) {
        String key = key();
        switch (key) {
          case Wire.STATUS -> status = once(status, key, string(key));
          case Wire.SENSITIVE -> sensitive = once(sensitive, key, bool(key));
          case Wire.CONFIDENCE -> confidence = once(confidence, key, number(key));
          case Wire.SPANS -> spans = once(spans, key, spans());
          default -> in.skipValue();
        }
      }
      Message.ItemStatus s = Wire.status(require(status, "r[].s"));
      if (s == null) {
        throw new ProtocolException("key r[].s must be ok, expired or degraded");
      }
      double p = require(confidence, "r[].p");
      if (!(p >= 0.0 && p <= 1.0)) {
        throw new ProtocolException("key r[].p must be within [0, 1]");
      }
      return new Message.ItemResult(s, new Decision(require(sensitive, "r[].d"), p),
          require(spans, "r[].sp"));
    }
  }

  private List<Message.Span> spans() throws IOException, ProtocolException {
    int n = arrayHeader("r[].sp", Wire.MAX_SPANS);
    List<Message.Span> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(span());
    }
    return list;
  }

  private Message.Span span() throws IOException, ProtocolException {
    int keys = mapHeader("r[].sp");
    Integer start = null;
    Integer end = null;
    String recognizer = null;
    String pattern = null;
    for (int i = 0; i < keys; i++) {
      String key = key();
      switch (key) {
        case Wire.START -> start = once(start, key, intValue(key));
        case Wire.END -> end = once(end, key, intValue(key));
        case Wire.RECOGNIZER -> recognizer = once(recognizer, key, string(key));
        case Wire.PATTERN -> pattern = once(pattern, key, string(key));
        default -> in.skipValue();
      }
    }
    int s = require(start, "sp[].s");
    int e = require(end, "sp[].e");
    if (s < 0 || e < s) {
      throw new ProtocolException("span must satisfy 0 <= s <= e");
    }
    return new Message.Span(s, e, require(recognizer, "sp[].r"), require(pattern, "sp[].n"));
  }

  private long remaining() {
    return length - in.getTotalReadBytes();
  }

  private int mapHeader(String where) throws IOException, ProtocolException {
    expect(where, ValueType.MAP, "a map");
    int n = in.unpackMapHeader();
    // Each entry needs at least a one-byte key and a one-byte value.
    if ((long) n * 2 > remaining()) {
      throw new ProtocolException("truncated frame: map in " + where + " declares more entries"
          + " than the frame holds");
    }
    return n;
  }

  private int arrayHeader(String key, int max) throws IOException, ProtocolException {
    expect(key, ValueType.ARRAY, "an array");
    int n = in.unpackArrayHeader();
    if (n > max) {
      throw new ProtocolException("key " + key + " holds more than " + max + " elements");
    }
    if (n > remaining()) {
      throw new ProtocolException("truncated frame: key " + key + " declares more elements than"
          + " the frame holds");
    }
    return n;
  }

  private String key() throws IOException, ProtocolException {
    if (in.getNextFormat().getValueType() != ValueType.STRING) {
      throw new ProtocolException("map keys must be strings");
    }
    return string("(map key)");
  }

  private String string(String key) throws IOException, ProtocolException {
    expect(key, ValueType.STRING, "a string");
    int n = in.unpackRawStringHeader();
    if (n > Wire.MAX_STRING_BYTES) {
      throw new ProtocolException("key " + key + " is longer than " + Wire.MAX_STRING_BYTES
          + " bytes");
    }
    if (n > remaining()) {
      throw new ProtocolException("truncated frame: key " + key + " declares more bytes than the"
          + " frame holds");
    }
    byte[] bytes = in.readPayload(n);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ProtocolException("key " + key + " is not valid UTF-8");
    }
  }

  private long longValue(String key) throws IOException, ProtocolException {
    expect(key, ValueType.INTEGER, "an integer");
    try {
      return in.unpackLong();
    } catch (MessageIntegerOverflowException e) {
      throw new ProtocolException("key " + key + " is out of the 64-bit signed range");
    }
  }

  private int intValue(String key) throws IOException, ProtocolException {
    long v = longValue(key);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new ProtocolException("key " + key + " is out of the 32-bit signed range");
    }
    return (int) v;
  }

  private boolean bool(String key) throws IOException, ProtocolException {
    expect(key, ValueType.BOOLEAN, "a boolean");
    return in.unpackBoolean();
  }

  private double number(String key) throws IOException, ProtocolException {
    MessageFormat f = in.getNextFormat();
    if (f.getValueType() == ValueType.INTEGER) {
      return longValue(key);
    }
    expect(key, ValueType.FLOAT, "a number");
    return in.unpackDouble();
  }

  private void expect(String key, ValueType type, String what)
      throws IOException, ProtocolException {
    if (in.getNextFormat().getValueType() != type) {
      throw new ProtocolException("key " + key + " must be " + what);
    }
  }

  private long requireId() throws ProtocolException {
    if (!hasId) {
      throw missing(Wire.ID);
    }
    return id;
  }

  private static <T> T require(T value, String key) throws ProtocolException {
    if (value == null) {
      throw missing(key);
    }
    return value;
  }

  private static <T> T once(T previous, String key, T value) throws ProtocolException {
    if (previous != null) {
      throw duplicate(key);
    }
    return value;
  }

  private static ProtocolException missing(String key) {
    return new ProtocolException("missing required key " + key);
  }

  private static ProtocolException duplicate(String key) {
    return new ProtocolException("duplicate key " + key);
  }
}
