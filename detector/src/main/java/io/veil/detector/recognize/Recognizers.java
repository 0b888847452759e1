package io.veil.detector.recognize;

import io.veil.protocol.Category;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The registry: one recognizer per category. Adding a category is one line here. */
public final class Recognizers {

  private static final Map<Category, Recognizer> BY_CATEGORY = build(
      new EmailRecognizer(),
      new PhoneRecognizer(),
      new CreditCardRecognizer(),
      new PassportRecognizer(),
      new SsnRecognizer(),
      new ItinRecognizer(),
      new DriversLicenseRecognizer(),
      new BankAccountRecognizer(),
      new RoutingNumberRecognizer());

  private Recognizers() {}

  /** The recognizer for {@code category}. */
  public static Recognizer forCategory(Category category) {
    Recognizer r = BY_CATEGORY.get(category);
    if (r == null) {
      throw new IllegalStateException("no recognizer registered for " + category);
    }
    return r;
  }

  /** Every registered recognizer, by category. */
  public static Map<Category, Recognizer> all() {
    return BY_CATEGORY;
  }

  /** Each category's context words, for the vocabulary. */
  public static Map<Category, List<String>> contextWords() {
    Map<Category, List<String>> m = new EnumMap<>(Category.class);
    BY_CATEGORY.forEach((c, r) -> m.put(c, r.contextWords()));
    return m;
  }

  private static Map<Category, Recognizer> build(Recognizer... rs) {
    Map<Category, Recognizer> m = new EnumMap<>(Category.class);
    for (Recognizer r : rs) {
      m.put(r.category(), r);
    }
    return Collections.unmodifiableMap(m);
  }
}
