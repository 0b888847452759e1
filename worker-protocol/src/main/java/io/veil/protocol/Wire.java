package io.veil.protocol;

import java.util.HashMap;
import java.util.Map;

/**
 * The wire vocabulary of {@link MessageCodec}: map keys, type names and the decoder's limits. Each
 * key has one meaning and one msgpack type in every message that uses it.
 */
public final class Wire {

  /** Most items in one request; a gateway splits larger batches. */
  public static final int MAX_ITEMS = 10_000;
  /** Most spans in one item result. */
  public static final int MAX_SPANS = 10_000;
  /** Longest string, in UTF-8 bytes: the longest content one item may carry. */
  public static final int MAX_STRING_BYTES = 1 << 20;
  /** Largest frame the decoder accepts; sockets should set the same {@code maxMsgSize}. */
  public static final int MAX_FRAME_BYTES = 64 << 20;

  static final String VERSION = "v";
  static final String TYPE = "t";
  static final String ID = "id";
  static final String DEADLINE = "dl";
  static final String ITEMS = "it";
  static final String CONTENT = "c";
  static final String CATEGORY = "k";
  static final String CONTEXT = "x";
  static final String WORKER = "w";
  static final String BACKEND = "b";
  static final String CAPACITY = "cap";
  static final String RESULTS = "r";
  static final String QUEUE_MICROS = "qu";
  static final String INFERENCE_MICROS = "iu";
  static final String STATUS = "s";
  static final String SENSITIVE = "d";
  static final String CONFIDENCE = "p";
  static final String SPANS = "sp";
  static final String START = "s";
  static final String END = "e";
  static final String RECOGNIZER = "r";
  static final String PATTERN = "n";
  static final String CODE = "cd";
  static final String MESSAGE = "m";

  static final String T_READY = "ready";
  static final String T_HEARTBEAT = "hb";
  static final String T_REQUEST = "req";
  static final String T_REPLY = "rep";
  static final String T_ERROR = "err";
  static final String T_DISCONNECT = "bye";

  private static final Map<String, Category> CATEGORIES = new HashMap<>();

  static {
    for (Category c : Category.all()) {
      CATEGORIES.put(c.wireName(), c);
    }
  }

  private Wire() {}

  /** The category with exactly this wire name, or null. */
  static Category category(String wireName) {
    return CATEGORIES.get(wireName);
  }

  /** The wire name of an item status. */
  static String status(Message.ItemStatus s) {
    return switch (s) {
      case OK -> "ok";
      case EXPIRED -> "expired";
      case DEGRADED -> "degraded";
    };
  }

  /** The item status with this wire name, or null. */
  static Message.ItemStatus status(String wireName) {
    return switch (wireName) {
      case "ok" -> Message.ItemStatus.OK;
      case "expired" -> Message.ItemStatus.EXPIRED;
      case "degraded" -> Message.ItemStatus.DEGRADED;
      default -> null;
    };
  }
}
