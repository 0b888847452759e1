package io.veil.training.dataset;

import io.veil.protocol.Category;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** Builds sensitive examples: labeled values, bare strong values, rule-3 values, obfuscations. */
final class Positives {

  /** Categories whose valid format is distinctive enough without context (policy, evidence 1). */
  static final Set<Category> STRONG = EnumSet.of(Category.EMAIL, Category.PHONE,
      Category.CREDIT_CARD, Category.SSN, Category.ITIN);

  /** Share of positives that are obfuscated; the issue asks for at least 30%. */
  static final double OBFUSCATED_SHARE = 0.4;

  private Positives() {}

  /** A kind name and the payload for one positive. */
  record Built(String kind, Payload payload, double confidence) {}

  static Built build(SplittableRandom r, Category c, Lang lang, Split split, boolean urlCarrier) {
    boolean bare = STRONG.contains(c) && r.nextInt(100) < 35;
    String invalid = r.nextInt(100) < 15 ? invalidValue(r, c) : null;
    if (r.nextDouble() < OBFUSCATED_SHARE) {
      return obfuscated(r, c, lang, split, urlCarrier, bare);
    }
    if (!bare && invalid != null) {
      // Policy evidence 3: a key naming the category plus a plausible shape is enough.
      return new Built("labeled_invalid", labeled(r, c, lang, split, urlCarrier, invalid), 0.9);
    }
    String v = validValue(r, c, bare);
    return bare ? new Built("bare", neutral(r, lang, split, v), 1.0)
        : new Built("labeled", labeled(r, c, lang, split, urlCarrier, v), 1.0);
  }

  private static Built obfuscated(SplittableRandom r, Category c, Lang lang, Split split,
      boolean urlCarrier, boolean bare) {
    String v = validValue(r, c, bare);
    List<Obfuscation> options = Obfuscation.applicable(v);
    Obfuscation o = options.get(r.nextInt(options.size()));
    String key = bare ? Values.pick(r, Keys.NEUTRAL) : key(r, c, urlCarrier);
    String frame = bare ? lang.neutral().get(split.frame) : ctxFrame(r, lang, split);
    String label = lang.label(c);
    Payload p = switch (o) {
      case URL_ENCODED -> new Payload(key, Obfuscation.urlEncode(r, v),
          URLEncoder.encode(Lang.fill(frame, label, v), StandardCharsets.UTF_8));
      case NESTED_JSON -> {
        String inner = "{\"" + key + "\":\"" + v + "\"}";
        yield neutral(r, lang, split, inner);
      }
      case BASE64 -> {
        String inner = bare ? v : (r.nextBoolean() ? key + "=" + v : "{\"" + key + "\":\"" + v + "\"}");
        yield neutral(r, lang, split, Obfuscation.base64(inner));
      }
      case ZERO_WIDTH -> withValue(key, frame, label, Obfuscation.zeroWidth(r, v));
      case FULL_WIDTH -> withValue(key, frame, label, Obfuscation.fullWidth(v));
      case SPACED_DIGITS -> withValue(key, frame, label, Obfuscation.spacedDigits(r, v));
      case HTML_ENTITIES -> withValue(key, frame, label, Obfuscation.htmlEntities(r, v));
    };
    return new Built(o.kind, p, 1.0);
  }

  private static Payload withValue(String key, String frame, String label, String v) {
    return new Payload(key, v, Lang.fill(frame, label, v));
  }

  static Payload labeled(SplittableRandom r, Category c, Lang lang, Split split,
      boolean urlCarrier, String v) {
    String frame = ctxFrame(r, lang, split);
    return new Payload(key(r, c, urlCarrier), v, Lang.fill(frame, lang.label(c), v));
  }

  static Payload neutral(SplittableRandom r, Lang lang, Split split, String v) {
    return new Payload(Values.pick(r, Keys.NEUTRAL), v,
        Lang.fill(lang.neutral().get(split.frame), null, v));
  }

  private static String ctxFrame(SplittableRandom r, Lang lang, Split split) {
    if (split != Split.TEST && r.nextInt(3) == 0) {
      return "{L}: {V}";
    }
    return lang.ctx().get(split.frame);
  }

  static String key(SplittableRandom r, Category c, boolean urlCarrier) {
    return Values.pick(r, urlCarrier ? Keys.asciiOf(c) : Keys.of(c));
  }

  /** A valid value of the category; {@code bare} asks for the distinctive written form. */
  static String validValue(SplittableRandom r, Category c, boolean bare) {
    return switch (c) {
      case EMAIL -> Values.email(r);
      case PHONE -> Values.formatPhone(r, Values.phoneDigits(r));
      case CREDIT_CARD -> Values.formatCard(r, Values.cardDigits(r));
      case PASSPORT -> Values.passport(r);
      case SSN -> nine(r, Values.ssnDigits(r), bare);
      // The policy names only the dashed form of an ITIN as distinctive without context.
      case ITIN -> bare ? Values.dashes(Values.itinDigits(r)) : nine(r, Values.itinDigits(r), false);
      case DRIVERS_LICENSE -> Values.driversLicense(r);
      case BANK_ACCOUNT -> Values.bankAccount(r);
      case ROUTING_NUMBER -> Values.routing(r);
    };
  }

  private static String nine(SplittableRandom r, String d, boolean bare) {
    return bare || r.nextInt(4) > 0 ? Values.dashed9(r, d) : d;
  }

  /** A plausible value that breaks a checksum or range rule, or null where none applies. */
  static String invalidValue(SplittableRandom r, Category c) {
    return switch (c) {
      case PHONE -> Values.formatPhone(r, Values.invalidPhoneDigits(r));
      case CREDIT_CARD -> Values.formatCard(r, Values.breakLastDigit(r, Values.cardDigits(r)));
      case SSN -> Values.dashed9(r, Values.invalidSsnDigits(r));
      case ITIN -> Values.dashed9(r, Values.invalidItinDigits(r));
      case ROUTING_NUMBER -> Values.breakLastDigit(r, Values.routing(r));
      default -> null;
    };
  }
}
