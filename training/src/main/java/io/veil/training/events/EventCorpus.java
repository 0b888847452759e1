package io.veil.training.events;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.protocol.Category;
import io.veil.training.dataset.Jsonl;
import io.veil.training.dataset.Samples;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes {@code {"event": {...}, "planted": [{"category", "value"}]}} lines. Events are 0.5 to 4
 * KB of nested JSON with page and referrer URLs, a JSON object held in a string, product lists and
 * free text. A planted value appears verbatim in the event (in a field, a URL query, a JSON string
 * or a sentence), with a key or words naming its category where the policy needs context; events
 * without plants carry no sensitive value.
 */
public final class EventCorpus {

  /** Size bounds of one serialized event, in bytes. */
  static final int MIN_BYTES = 500;
  static final int MAX_BYTES = 4096;

  private static final List<String> EVENTS = List.of("Page Viewed", "Product Added",
      "Checkout Started", "Order Completed", "Signed Up", "Profile Updated", "Search Performed",
      "Support Message Sent");
  private static final List<String> PLACES = List.of("traits", "url", "json_string", "text");

  private EventCorpus() {}

  /** Writes {@code count} events. */
  public static void write(long seed, int count, double sensitiveShare, Path out) throws IOException {
    if (sensitiveShare < 0 || sensitiveShare > 1) {
      throw new IllegalArgumentException("--sensitive-share must be within [0, 1]");
    }
    SplittableRandom r = new SplittableRandom(seed);
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (int i = 0; i < count; i++) {
        w.write(Jsonl.MAPPER.writeValueAsString(line(r, r.nextDouble() < sensitiveShare)));
        w.write('\n');
      }
    }
  }

  /** One corpus line. */
  static ObjectNode line(SplittableRandom r, boolean sensitive) {
    ObjectNode line = Jsonl.MAPPER.createObjectNode();
    ObjectNode ev = line.putObject("event");
    ArrayNode planted = Jsonl.MAPPER.createArrayNode();
    ev.put("type", "track");
    ev.put("event", EVENTS.get(r.nextInt(EVENTS.size())));
    ev.put("messageId", Samples.uuid(r));
    ev.put("timestamp", Samples.isoTime(r));
    ev.put("anonymousId", Samples.uuid(r));
    ObjectNode ctx = ev.putObject("context");
    ObjectNode page = ctx.putObject("page");
    String path = Samples.path(r);
    page.put("url", "https://shop.example.com/" + path + "?utm_source=mail&utm_medium=cpc");
    page.put("referrer", "https://www.search.example/search?q=" + Samples.benignWord(r).replace(' ', '+'));
    page.put("title", "Veilmart - " + path);
    ctx.put("userAgent", "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
        + " Chrome/13" + r.nextInt(10) + ".0 Safari/537.36");
    ctx.put("ip", "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255));
    ctx.put("locale", Samples.locale(r));
    ObjectNode props = ev.putObject("properties");
    ObjectNode inner = Jsonl.MAPPER.createObjectNode();
    inner.put("experiment", "exp_" + Samples.hex(r, 6)).put("variant", r.nextBoolean() ? "A" : "B");
    ObjectNode traits = ev.putObject("traits");
    traits.put("plan", r.nextBoolean() ? "free" : "pro").put("signup_week", r.nextInt(1, 53));
    if (sensitive) {
      int n = 1 + r.nextInt(3);
      for (int k = 0; k < n; k++) {
        plant(r, ev, page, inner, traits, planted);
      }
    }
    props.put("payload", toJson(inner));
    ArrayNode items = props.putArray("items");
    int target = r.nextInt(MIN_BYTES, MAX_BYTES - 600);
    while (size(ev) < target) {
      items.add(Samples.item(r));
    }
    line.set("planted", planted);
    return line;
  }

  private static void plant(SplittableRandom r, ObjectNode ev, ObjectNode page, ObjectNode inner,
      ObjectNode traits, ArrayNode planted) {
    Category c = Category.all().get(r.nextInt(Category.all().size()));
    Samples.Planted p = Samples.valueWithKey(r, c);
    String place = PLACES.get(r.nextInt(PLACES.size()));
    // A second plant of the same category must not overwrite the first one's field.
    String key = planted.size() == 0 ? p.key() : p.key() + "_" + planted.size();
    switch (place) {
      case "traits" -> traits.put(key, p.value());
      case "url" -> page.put("url", page.get("url").asText() + "&" + key + "=" + p.value());
      case "json_string" -> inner.put(key, p.value());
      default -> ev.with("properties").put("note" + planted.size(), p.sentence());
    }
    planted.addObject().put("category", c.wireName()).put("value", p.value());
  }

  private static int size(ObjectNode ev) {
    return toJson(ev).getBytes(StandardCharsets.UTF_8).length;
  }

  private static String toJson(ObjectNode o) {
    try {
      return Jsonl.MAPPER.writeValueAsString(o);
    } catch (IOException e) {
      throw new IllegalStateException("cannot serialize event", e);
    }
  }
}
