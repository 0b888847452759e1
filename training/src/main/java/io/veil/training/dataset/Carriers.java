package io.veil.training.dataset;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The shapes event pipelines carry, each a numbered template. Templates {@link #TRAIN} are used by
 * the train and val splits; templates {@link #TEST} only by the test split, so that a test score
 * measures generalisation to shapes the model never saw. Noise fields never name a category.
 */
final class Carriers {

  static final List<Integer> TRAIN = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
  static final List<Integer> TEST = List.of(12, 13, 14, 15);

  /** Carriers that put the payload's key and value in a URL (keys must be ASCII). */
  static boolean isUrl(int id) {
    return id == 0 || id == 1 || id == 4;
  }

  private static final List<String> HOSTS = List.of("shop.example.com", "www.tienda.es",
      "app.globex.io", "m.boutique.fr", "portal.contoso.com", "store.acme-corp.com");
  private static final List<String> PATHS = List.of("checkout", "account/settings", "signup",
      "profile/edit", "kyc/verify", "cart", "help/search", "onboarding/step-2");

  private Carriers() {}

  static String render(int id, SplittableRandom r, Payload p, String lang) {
    return switch (id) {
      case 0 -> url(r, p);
      case 1 -> json(referrer(r, p, lang));
      case 2 -> json(formSubmit(r, p));
      case 3 -> json(jsonInString(r, p));
      case 4 -> "POST /" + Values.pick(r, PATHS) + " HTTP/1.1\r\nContent-Type: "
          + "application/x-www-form-urlencoded\r\n\r\n" + p.key() + "=" + p.value()
          + "&consent=yes&step=" + r.nextInt(1, 5);
      case 5 -> Values.isoTime(r) + " INFO [svc-" + Values.pick(r, PATHS).replace('/', '-')
          + "] req=" + Values.hex(r, 16) + " msg=\"" + p.text().replace("\"", "\\\"") + "\"";
      case 6 -> json(search(r, p, lang));
      case 7 -> json(chat(r, p));
      case 8 -> json(error(r, p));
      case 9 -> json(screen(r, p, lang));
      case 10 -> p.text();
      case 11 -> "level=info ts=" + Values.isoTime(r) + " svc=profile " + p.key() + "="
          + quoteIfNeeded(p.value()) + " dur_ms=" + r.nextInt(1, 400);
      case 12 -> json(graphql(r, p));
      case 13 -> html(r, p);
      case 14 -> "id,created_at," + p.key() + ",status\n" + Values.uuid(r) + ","
          + Values.isoTime(r) + "," + csvCell(p.value()) + ",active";
      case 15 -> json(notification(r, p, lang));
      default -> throw new IllegalArgumentException("unknown carrier template " + id);
    };
  }

  /** Whether the carrier shows the payload's sentence rather than its key and value. */
  static boolean usesText(int id) {
    return id == 5 || id == 6 || id == 7 || id == 10 || id == 15;
  }

  private static String url(SplittableRandom r, Payload p) {
    return "https://" + Values.pick(r, HOSTS) + "/" + Values.pick(r, PATHS) + "?" + p.key() + "="
        + p.value() + "&utm_source=newsletter&utm_campaign=w" + r.nextInt(1, 53);
  }

  private static ObjectNode referrer(SplittableRandom r, Payload p, String lang) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("event", "page_view");
    o.put("ts", Values.isoTime(r));
    o.put("page", "https://" + Values.pick(r, HOSTS) + "/" + Values.pick(r, PATHS));
    o.put("referrer", url(r, p));
    o.put("locale", lang);
    o.put("session", Values.hex(r, 24));
    return o;
  }

  private static ObjectNode formSubmit(SplittableRandom r, Payload p) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("event", "form_submit");
    o.put("form_id", "f_" + Values.hex(r, 6));
    ObjectNode f = o.putObject("fields");
    f.put(p.key(), p.value());
    f.put("newsletter", r.nextBoolean());
    o.put("anonymous_id", Values.uuid(r));
    return o;
  }

  private static ObjectNode jsonInString(SplittableRandom r, Payload p) {
    ObjectNode inner = Jsonl.MAPPER.createObjectNode();
    inner.put(p.key(), p.value());
    inner.put("step", r.nextInt(1, 6));
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("type", "track");
    o.put("event", "Profile Updated");
    o.put("properties", json(inner));
    o.put("messageId", Values.uuid(r));
    return o;
  }

  private static ObjectNode search(SplittableRandom r, Payload p, String lang) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("event", "search");
    o.put("query", p.text());
    o.put("results", r.nextInt(0, 120));
    o.put("locale", lang);
    return o;
  }

  private static ObjectNode chat(SplittableRandom r, Payload p) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("channel", "support_chat");
    o.put("conversation", "c_" + Values.hex(r, 10));
    ArrayNode m = o.putArray("messages");
    m.addObject().put("from", "agent").put("text", "Hi! How can I help you today?");
    m.addObject().put("from", "user").put("text", p.text());
    return o;
  }

  private static ObjectNode error(SplittableRandom r, Payload p) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("level", "error");
    o.put("ts", Values.isoTime(r));
    o.put("error", "ValidationError: field '" + p.key() + "' rejected value '" + p.value()
        + "' (code E" + r.nextInt(100, 999) + ")");
    o.put("trace_id", Values.hex(r, 32));
    return o;
  }

  private static ObjectNode screen(SplittableRandom r, Payload p, String lang) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("type", "screen");
    o.put("name", "Settings");
    o.putObject("properties").put(p.key(), p.value());
    ObjectNode ctx = o.putObject("context");
    ctx.putObject("app").put("name", "Veilmart").put("version", "4." + r.nextInt(20) + ".1");
    ctx.putObject("device").put("model", "Pixel 8").put("os", "Android 15");
    ctx.put("locale", lang);
    return o;
  }

  private static ObjectNode graphql(SplittableRandom r, Payload p) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("operationName", "UpdateProfile");
    o.putObject("variables").putObject("input").put(p.key(), p.value())
        .put("clientMutationId", Values.hex(r, 8));
    o.put("query", "mutation UpdateProfile($input: ProfileInput!) { updateProfile(input: $input) { ok } }");
    return o;
  }

  private static String html(SplittableRandom r, Payload p) {
    return "<form id=\"f" + r.nextInt(100) + "\"><input type=\"hidden\" name=\"" + p.key()
        + "\" value=\"" + p.value().replace("\"", "&quot;") + "\"><button>OK</button></form>";
  }

  private static ObjectNode notification(SplittableRandom r, Payload p, String lang) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("template", "inbound_message");
    o.put("locale", lang);
    o.put("body", p.text());
    o.put("received_at", Values.isoTime(r));
    return o;
  }

  private static String quoteIfNeeded(String v) {
    return v.indexOf(' ') >= 0 ? "\"" + v.replace("\"", "\\\"") + "\"" : v;
  }

  private static String csvCell(String v) {
    return v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
        ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  static String json(ObjectNode o) {
    try {
      return Jsonl.MAPPER.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
