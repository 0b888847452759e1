package io.veil.training.dataset;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.protocol.Category;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Value and filler generators shared with the event corpus. */
public final class Samples {

  private static final List<String> PRODUCTS = List.of("Merino crew sock", "Canvas tote",
      "Ceramic pour-over", "Trail runner GTX", "Linen shirt", "Desk lamp LED", "Yoga mat 6mm",
      "Espresso beans 1kg", "Rain shell", "Wool beanie");
  private static final List<String> LOCALES = List.of("en-US", "es-MX", "fr-FR", "de-DE",
      "pt-BR", "it-IT", "nl-NL", "zh-CN", "ja-JP", "ko-KR", "ru-RU", "ar-SA", "hi-IN", "vi-VN",
      "tr-TR", "pl-PL");
  private static final List<String> PATHS = List.of("home", "catalog/shoes", "cart", "checkout",
      "account", "blog/spring-sale", "help/returns");

  private Samples() {}

  /** A value of a category, with a key that names it and an English sentence that does too. */
  public record Planted(String key, String value, String sentence) {}

  /** A value that is sensitive for {@code c} wherever it is placed with its key or sentence. */
  public static Planted valueWithKey(SplittableRandom r, Category c) {
    String v = Positives.validValue(r, c, true);
    String key = Values.pick(r, Keys.asciiOf(c));
    return new Planted(key, v, Lang.fill(Lang.ALL.get(0).ctx().get(0), Lang.ALL.get(0).label(c), v));
  }

  /** A random UUID-shaped id. */
  public static String uuid(SplittableRandom r) {
    return Values.uuid(r);
  }

  /** An ISO-8601 UTC timestamp in 2026. */
  public static String isoTime(SplittableRandom r) {
    return Values.isoTime(r);
  }

  /** Hex with no long digit runs. */
  public static String hex(SplittableRandom r, int n) {
    return Values.hex(r, n);
  }

  /** A site path. */
  public static String path(SplittableRandom r) {
    return Values.pick(r, PATHS);
  }

  /** A locale tag. */
  public static String locale(SplittableRandom r) {
    return Values.pick(r, LOCALES);
  }

  /** A harmless search word. */
  public static String benignWord(SplittableRandom r) {
    return Values.pick(r, PRODUCTS).toLowerCase(Locale.ROOT);
  }

  /** A product line item. */
  public static ObjectNode item(SplittableRandom r) {
    return Jsonl.MAPPER.createObjectNode().put("sku", "SKU-" + Values.hex(r, 8).toUpperCase(Locale.ROOT))
        .put("name", Values.pick(r, PRODUCTS)).put("price", r.nextInt(199, 19999) / 100.0)
        .put("quantity", r.nextInt(1, 5)).put("currency", "USD");
  }
}
