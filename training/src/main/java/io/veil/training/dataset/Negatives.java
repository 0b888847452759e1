package io.veil.training.dataset;

import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds examples that are not sensitive for their category. Hard ones look sensitive and are not
 * (policy, "Not sensitive"); easy ones carry nothing of the kind.
 */
final class Negatives {

  /** Share of negatives that are hard; the issue asks for at least 40%. */
  static final double HARD_SHARE = 0.6;

  private static final Map<Category, List<Category>> OTHERS = new EnumMap<>(Category.class);
  private static final Map<Category, String> PRODUCT_SLUGS = new EnumMap<>(Category.class);

  static {
    OTHERS.put(Category.EMAIL, List.of(Category.PHONE, Category.SSN, Category.PASSPORT, Category.CREDIT_CARD));
    OTHERS.put(Category.PHONE, List.of(Category.SSN, Category.CREDIT_CARD, Category.PASSPORT, Category.EMAIL, Category.ROUTING_NUMBER));
    OTHERS.put(Category.CREDIT_CARD, List.of(Category.BANK_ACCOUNT, Category.ROUTING_NUMBER, Category.SSN, Category.PHONE));
    OTHERS.put(Category.PASSPORT, List.of(Category.SSN, Category.DRIVERS_LICENSE, Category.BANK_ACCOUNT, Category.ITIN));
    OTHERS.put(Category.SSN, List.of(Category.ITIN, Category.PASSPORT, Category.PHONE, Category.ROUTING_NUMBER));
    OTHERS.put(Category.ITIN, List.of(Category.SSN, Category.PASSPORT, Category.ROUTING_NUMBER));
    OTHERS.put(Category.DRIVERS_LICENSE, List.of(Category.PASSPORT, Category.SSN, Category.BANK_ACCOUNT));
    OTHERS.put(Category.BANK_ACCOUNT, List.of(Category.ROUTING_NUMBER, Category.SSN, Category.PASSPORT, Category.CREDIT_CARD));
    OTHERS.put(Category.ROUTING_NUMBER, List.of(Category.BANK_ACCOUNT, Category.SSN, Category.PASSPORT, Category.PHONE));
    PRODUCT_SLUGS.put(Category.EMAIL, "email-template-pack");
    PRODUCT_SLUGS.put(Category.PHONE, "phone-case-clear");
    PRODUCT_SLUGS.put(Category.CREDIT_CARD, "credit-card-holder-slim");
    PRODUCT_SLUGS.put(Category.PASSPORT, "passport-wallet");
    PRODUCT_SLUGS.put(Category.SSN, "ssn-card-protector-sleeve");
    PRODUCT_SLUGS.put(Category.ITIN, "itin-application-guide-ebook");
    PRODUCT_SLUGS.put(Category.DRIVERS_LICENSE, "drivers-license-holder");
    PRODUCT_SLUGS.put(Category.BANK_ACCOUNT, "bank-deposit-bag");
    PRODUCT_SLUGS.put(Category.ROUTING_NUMBER, "routing-table-poster");
  }

  private static final List<String> BRANDS = List.of("tribe", "nomad", "zenith", "kobo", "atlas");
  private static final List<String> BENIGN = List.of("dark mode", "size M", "blue", "free shipping",
      "gift wrap", "express", "weekly digest", "2 items", "light theme", "returns policy");

  private Negatives() {}

  /** A kind name and the payload for one negative. */
  record Built(String kind, Payload payload) {}

  static Built build(SplittableRandom r, Category c, Lang lang, Split split, boolean urlCarrier) {
    if (r.nextDouble() >= HARD_SHARE) {
      return new Built("easy", Positives.neutral(r, lang, split, Values.pick(r, BENIGN)));
    }
    List<String> kinds = hardKinds(c);
    String kind = kinds.get(r.nextInt(kinds.size()));
    return new Built(kind, hard(r, c, lang, split, urlCarrier, kind));
  }

  static List<String> hardKinds(Category c) {
    List<String> k = new ArrayList<>(List.of("hard_sku", "hard_product", "hard_order",
        "hard_tracking", "hard_uuid", "hard_timestamp", "hard_price", "hard_isbn", "hard_ip",
        "hard_word_only", "hard_other_category", "hard_masked", "hard_masked", "hard_other_category"));
    switch (c) {
      case EMAIL -> k.addAll(List.of("hard_role_mailbox", "hard_role_mailbox", "hard_file_at",
          "hard_package_at"));
      case PHONE, CREDIT_CARD -> k.addAll(List.of("hard_invalid", "hard_invalid"));
      case SSN, ITIN, ROUTING_NUMBER -> k.addAll(List.of("hard_invalid", "hard_no_context",
          "hard_no_context"));
      default -> k.addAll(List.of("hard_no_context", "hard_no_context"));
    }
    if (c == Category.PHONE) {
      k.add("hard_no_context");
    }
    return k;
  }

  static Payload hard(SplittableRandom r, Category c, Lang lang, Split split, boolean urlCarrier,
      String kind) {
    return switch (kind) {
      case "hard_sku" -> keyed(r, lang, split, "sku", PRODUCT_SLUGS.get(c) + "-"
          + Values.pick(r, BRANDS) + "-" + Values.digits(r, 8));
      case "hard_product" -> keyed(r, lang, split, "product_name", productName(r, c));
      case "hard_order" -> {
        String v = (r.nextBoolean() ? "#" : "") + r.nextInt(1, 10) + Values.digits(r, r.nextInt(7, 10));
        yield new Payload(r.nextBoolean() ? "order_id" : "orderNumber", v,
            Lang.fill(lang.order(), null, v));
      }
      case "hard_tracking" -> keyed(r, lang, split, "tracking_number", tracking(r));
      case "hard_uuid" -> keyed(r, lang, split, "request_id", Values.uuid(r));
      case "hard_timestamp" -> keyed(r, lang, split, "created_at", r.nextBoolean()
          ? Values.isoTime(r) : "17" + Values.digits(r, 11));
      case "hard_price" -> keyed(r, lang, split, "price", price(r));
      case "hard_isbn" -> keyed(r, lang, split, "isbn", isbn(r));
      case "hard_ip" -> keyed(r, lang, split, "client_ip", r.nextInt(1, 224) + "." + r.nextInt(256)
          + "." + r.nextInt(256) + "." + r.nextInt(1, 255));
      case "hard_word_only" -> {
        String t = Lang.fill(lang.word().get(split.frame), lang.label(c), null);
        yield new Payload(Values.pick(r, Keys.NEUTRAL), t, t);
      }
      case "hard_other_category" -> {
        Category o = Values.pick(r, OTHERS.get(c));
        yield Positives.labeled(r, o, lang, split, urlCarrier, Positives.validValue(r, o, false));
      }
      case "hard_masked" -> Positives.labeled(r, c, lang, split, urlCarrier, masked(r, c));
      case "hard_role_mailbox" -> keyed(r, lang, split, Positives.key(r, c, urlCarrier),
          Values.roleMailbox(r));
      case "hard_file_at" -> keyed(r, lang, split, "asset", Values.pick(r, List.of("icon", "logo",
          "hero", "avatar")) + "@" + r.nextInt(2, 4) + "x.png");
      case "hard_package_at" -> keyed(r, lang, split, "dependency", Values.pick(r, List.of(
          "@angular/core", "@babel/runtime", "@types/node")) + "@" + r.nextInt(1, 20) + "."
          + r.nextInt(10) + "." + r.nextInt(10));
      case "hard_invalid" -> Positives.neutral(r, lang, split, Positives.invalidValue(r, c));
      case "hard_no_context" -> Positives.neutral(r, lang, split, noContextValue(r, c));
      default -> throw new IllegalArgumentException("unknown negative kind " + kind);
    };
  }

  private static Payload keyed(SplittableRandom r, Lang lang, Split split, String key, String v) {
    return new Payload(key, v, Lang.fill(lang.neutral().get(split.frame), null, v));
  }

  /** A weak-format value with nothing around it saying what it is (policy, evidence 2). */
  private static String noContextValue(SplittableRandom r, Category c) {
    return switch (c) {
      case PHONE -> Values.phoneDigits(r);
      case SSN -> Values.ssnDigits(r);
      case ITIN -> Values.itinDigits(r);
      default -> Positives.validValue(r, c, false);
    };
  }

  private static String productName(SplittableRandom r, Category c) {
    String words = PRODUCT_SLUGS.get(c).replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " - "
        + Values.pick(r, List.of("Navy", "Black", "Tan", "Olive")) + " (" + Values.pick(r, BRANDS)
        + ")";
  }

  private static String masked(SplittableRandom r, Category c) {
    String last4 = Values.digits(r, 4);
    return switch (c) {
      case EMAIL -> Values.pick(r, Values.FIRST).charAt(0) + "***@" + Values.pick(r, Values.MAIL_DOMAINS);
      case PHONE -> r.nextBoolean() ? "(***) ***-" + last4 : "+1 *** *** " + last4;
      case CREDIT_CARD -> r.nextBoolean() ? "XXXX XXXX XXXX " + last4 : "************" + last4;
      case SSN, ITIN -> "***-**-" + last4;
      case PASSPORT -> "*****" + last4;
      case DRIVERS_LICENSE -> "D*****" + last4.substring(2);
      case BANK_ACCOUNT -> "****" + last4;
      case ROUTING_NUMBER -> "*****" + last4;
    };
  }

  private static String tracking(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> "1Z" + Values.hex(r, 6).toUpperCase() + Values.digits(r, 10);
      case 1 -> "9400" + Values.digits(r, 18);
      default -> "TBA" + Values.digits(r, 12);
    };
  }

  private static String price(SplittableRandom r) {
    return switch (r.nextInt(3)) {
      case 0 -> "$" + r.nextInt(1, 3000) + "." + Values.digits(r, 2);
      case 1 -> "€" + r.nextInt(1, 900) + "," + Values.digits(r, 2);
      default -> r.nextInt(1, 9999) + ".00 USD";
    };
  }

  /** An ISBN-13 with a correct check digit (weights 1 and 3). */
  private static String isbn(SplittableRandom r) {
    String d = "978" + Values.digits(r, 9);
    int s = 0;
    for (int i = 0; i < 12; i++) {
      s += (d.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    String full = d + (10 - s % 10) % 10;
    return r.nextBoolean() ? full : full.substring(0, 3) + "-" + full.charAt(3) + "-"
        + full.substring(4, 6) + "-" + full.substring(6, 12) + "-" + full.charAt(12);
  }
}
