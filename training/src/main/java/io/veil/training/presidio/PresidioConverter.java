package io.veil.training.presidio;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.veil.protocol.Category;
import io.veil.training.dataset.Checks;
import io.veil.training.dataset.Example;
import io.veil.training.dataset.Jsonl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Labels presidio-research sentences under {@code shared/labeling-policy.md}. The set's values
 * are random, so a span's entity type alone does not make a sentence sensitive. The rule, per
 * sentence and per category the set annotates (email, phone, credit_card, ssn, drivers_license):
 * <ol>
 *   <li>no span of the category's entity type: not sensitive ({@code presidio_none}, 0.0);
 *   <li>a span whose value is valid on its own (evidence 1: a personal email address; a 13-19
 *       digit card with an issuer prefix passing Luhn; a dashed SSN in the issued ranges; a phone
 *       written with {@code +} or separators that libphonenumber finds valid): sensitive
 *       ({@code presidio_valid}, 1.0);
 *   <li>otherwise a span with a context word of the category within {@link #WINDOW} characters
 *       before it or in the 15 after it (evidence 3): sensitive ({@code presidio_context}, 0.9);
 *   <li>otherwise: not sensitive, a random value no words explain ({@code presidio_no_context},
 *       0.3, a value a reviewer would hesitate over).
 * </ol>
 * IBAN spans are not U.S. bank accounts and bank_account is not emitted.
 */
public final class PresidioConverter {

  /** Characters before a span searched for context words. */
  static final int WINDOW = 40;

  private static final Map<Category, String> ENTITY = new LinkedHashMap<>();
  private static final Map<Category, Pattern> CONTEXT = new LinkedHashMap<>();

  static {
    ENTITY.put(Category.EMAIL, "EMAIL_ADDRESS");
    ENTITY.put(Category.PHONE, "PHONE_NUMBER");
    ENTITY.put(Category.CREDIT_CARD, "CREDIT_CARD");
    ENTITY.put(Category.SSN, "US_SSN");
    ENTITY.put(Category.DRIVERS_LICENSE, "US_DRIVER_LICENSE");
    CONTEXT.put(Category.EMAIL, words("e-?mail|mail|address|contact"));
    CONTEXT.put(Category.PHONE, words("phone|mobile|cell|tel|fax|desk|office|call|text|number|reach"));
    CONTEXT.put(Category.CREDIT_CARD, words("card|cc|credit|debit|visa|mastercard|amex|discover"));
    CONTEXT.put(Category.SSN, words("ssn|social security|social"));
    CONTEXT.put(Category.DRIVERS_LICENSE, words("licen[cs]e|driver'?s?|dl"));
  }

  private static final List<String> ROLE_BOXES = List.of("noreply", "no-reply", "support", "info",
      "postmaster", "abuse", "webmaster", "sales", "admin");
  private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();

  private PresidioConverter() {}

  private static Pattern words(String alternatives) {
    return Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
  }

  /** Reads the presidio JSON array and returns the labeled examples. */
  public static List<Example> convert(Path in) throws IOException {
    JsonNode root = Jsonl.MAPPER.readTree(Files.readString(in));
    if (!root.isArray()) {
      throw new IllegalArgumentException(in + ": expected a JSON array of sentences");
    }
    List<Example> out = new ArrayList<>();
    int i = 0;
    for (JsonNode s : root) {
      i++;
      JsonNode text = s.get("full_text");
      if (text == null || !text.isTextual()) {
        throw new IllegalArgumentException(in + ": item " + i + " lacks field full_text");
      }
      for (Category c : ENTITY.keySet()) {
        out.add(label(s, text.asText(), c));
      }
    }
    return out;
  }

  static Example label(JsonNode sentence, String text, Category c) {
    String template = "presidio/" + sentence.path("template_id").asText("?");
    String kind = "presidio_none";
    double conf = 0.0;
    for (JsonNode span : sentence.path("spans")) {
      if (!ENTITY.get(c).equals(span.path("entity_type").asText())) {
        continue;
      }
      int start = span.path("start_position").asInt();
      int end = span.path("end_position").asInt();
      String value = span.path("entity_value").asText();
      if (validAlone(c, value)) {
        return new Example(text, c, true, 1.0, "en", "presidio_valid", template);
      }
      String before = text.substring(Math.max(0, start - WINDOW), Math.max(0, Math.min(start, text.length())));
      String after = text.substring(Math.min(end, text.length()), Math.min(text.length(), end + 15));
      if (CONTEXT.get(c).matcher(before).find() || CONTEXT.get(c).matcher(after).find()) {
        kind = "presidio_context";
        conf = 0.9;
      } else if (conf < 0.3) {
        kind = "presidio_no_context";
        conf = 0.3;
      }
    }
    return new Example(text, c, conf >= 0.5, conf, "en", kind, template);
  }

  /** Policy evidence 1: formats distinctive enough without any context. */
  static boolean validAlone(Category c, String v) {
    return switch (c) {
      case EMAIL -> v.matches("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}")
          && !ROLE_BOXES.contains(v.substring(0, v.indexOf('@')).toLowerCase(Locale.ROOT));
      case CREDIT_CARD -> card(v.replaceAll("[ -]", ""));
      case SSN -> v.matches("\\d{3}[- ]\\d{2}[- ]\\d{4}") && ssn(v.replaceAll("\\D", ""));
      case PHONE -> phone(v);
      default -> false;
    };
  }

  private static boolean card(String d) {
    if (!d.matches("\\d{13,19}") || !d.matches("(4|5[1-5]|2[2-7]|3[47]|6|35|3[0689]).*")) {
      return false;
    }
    return Checks.luhnValid(d);
  }

  private static boolean ssn(String d) {
    return Checks.ssnValid(d);
  }

  private static boolean phone(String v) {
    boolean written = v.startsWith("+") || v.matches(".*\\d[ .()-]+\\d.*");
    if (!written) {
      return false;
    }
    try {
      return PHONES.isValidNumber(PHONES.parse(v, "US"));
    } catch (NumberParseException e) {
      return false;
    }
  }
}
