package io.veil.protocol;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.msgpack.core.MessageInsufficientBufferException;

/**
 * Reads one frame into a {@link Message}. One instance per frame. Every size a frame declares is
 * checked against the bytes that remain before anything is allocated, so a hostile frame costs at
 * most time linear in its length and memory proportional to it.
 */
final class MessageDecoder {

  private final FrameReader in;

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
    this.in = new FrameReader(frame);
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
    if (!in.nextIsMap()) {
      throw new ProtocolException("frame must be a msgpack map");
    }
    int keys = in.mapHeader("message");
    for (int i = 0; i < keys; i++) {
      topLevelField(in.key());
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
        version = once(version, key, in.intValue(key));
        if (version != Message.VERSION) {
          throw ProtocolException.unsupportedVersion(
              "unsupported version " + version + "; this peer speaks " + Message.VERSION);
        }
      }
      case Wire.TYPE -> type = once(type, key, in.string(key));
      case Wire.ID -> {
        if (hasId) {
          throw duplicate(key);
        }
        id = in.longValue(key);
        hasId = true;
      }
      case Wire.DEADLINE -> deadline = once(deadline, key, in.longValue(key));
      case Wire.ITEMS -> items = once(items, key, items());
      case Wire.RESULTS -> results = once(results, key, results());
      case Wire.WORKER -> worker = once(worker, key, in.string(key));
      case Wire.BACKEND -> backend = once(backend, key, in.string(key));
      case Wire.CAPACITY -> capacity = once(capacity, key, in.intValue(key));
      case Wire.QUEUE_MICROS -> queueMicros = once(queueMicros, key, in.longValue(key));
      case Wire.INFERENCE_MICROS -> inferenceMicros = once(inferenceMicros, key, in.longValue(key));
      case Wire.CODE -> code = once(code, key, in.string(key));
      case Wire.MESSAGE -> text = once(text, key, in.string(key));
      default -> in.skip();
    }
  }

  private List<Message.Item> items() throws IOException, ProtocolException {
    int n = in.arrayHeader(Wire.ITEMS, Wire.MAX_ITEMS);
    List<Message.Item> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(item());
    }
    return list;
  }

  private Message.Item item() throws IOException, ProtocolException {
    int keys = in.mapHeader(Wire.ITEMS);
    String content = null;
    String category = null;
    String context = null;
    boolean hasContext = false;
    for (int i = 0; i < keys; i++) {
      String key = in.key();
      switch (key) {
        case Wire.CONTENT -> content = once(content, key, in.string(key));
        case Wire.CATEGORY -> category = once(category, key, in.string(key));
        case Wire.CONTEXT -> {
          if (hasContext) {
            throw duplicate(key);
          }
          hasContext = true;
          context = in.tryNil() ? null : in.string(key);
        }
        default -> in.skip();
      }
    }
    Category c = Wire.category(require(category, "it[].k"));
    if (c == null) {
      throw new ProtocolException("key it[].k is not a known category wire name");
    }
    return new Message.Item(require(content, "it[].c"), c, context);
  }

  private List<Message.ItemResult> results() throws IOException, ProtocolException {
    int n = in.arrayHeader(Wire.RESULTS, Wire.MAX_ITEMS);
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
      int keys = in.mapHeader(Wire.RESULTS);
      for (int i = 0; i < keys; i++) {
        String key = in.key();
        switch (key) {
          case Wire.STATUS -> status = once(status, key, in.string(key));
          case Wire.SENSITIVE -> sensitive = once(sensitive, key, in.bool(key));
          case Wire.CONFIDENCE -> confidence = once(confidence, key, in.number(key));
          case Wire.SPANS -> spans = once(spans, key, spans());
          default -> in.skip();
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
    int n = in.arrayHeader("r[].sp", Wire.MAX_SPANS);
    List<Message.Span> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(span());
    }
    return list;
  }

  private Message.Span span() throws IOException, ProtocolException {
    int keys = in.mapHeader("r[].sp");
    Integer start = null;
    Integer end = null;
    String recognizer = null;
    String pattern = null;
    for (int i = 0; i < keys; i++) {
      String key = in.key();
      switch (key) {
        case Wire.START -> start = once(start, key, in.intValue(key));
        case Wire.END -> end = once(end, key, in.intValue(key));
        case Wire.RECOGNIZER -> recognizer = once(recognizer, key, in.string(key));
        case Wire.PATTERN -> pattern = once(pattern, key, in.string(key));
        default -> in.skip();
      }
    }
    int s = require(start, "sp[].s");
    int e = require(end, "sp[].e");
    if (s < 0 || e < s) {
      throw new ProtocolException("span must satisfy 0 <= s <= e");
    }
    return new Message.Span(s, e, require(recognizer, "sp[].r"), require(pattern, "sp[].n"));
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
