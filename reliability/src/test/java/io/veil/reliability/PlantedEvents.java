package io.veil.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.detector.validate.Luhn;
import io.veil.detector.validate.Ssn;
import io.veil.loadtest.corpus.Corpus;
import io.veil.loadtest.corpus.CorpusEvent;
import io.veil.loadtest.corpus.Planted;
import io.veil.protocol.Category;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * TEST ONLY: events that each carry distinct, valid sensitive values (an SSN in the SSA's ranges,
 * a Luhn-valid card, an e-mail, a phone number) in nested JSON, a URL query and JSON inside a
 * string. Each value is kept only if the embedded detector calls it sensitive on its own under its
 * field name, so a value that comes back is a leak and never a judgement call.
 */
final class PlantedEvents {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Detector DETECTOR = EmbeddedDetector.create();

  private final Random random;
  private final List<Planted> all = new ArrayList<>();

  PlantedEvents(long seed) {
    this.random = new Random(seed);
  }

  /** Every value planted so far, for scans of logs and metrics. */
  List<Planted> all() {
    return List.copyOf(all);
  }

  /** A corpus of {@code n} events for the load tester, every one with four planted values. */
  Corpus corpus(int n) {
    List<CorpusEvent> events = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      events.add(event(i));
    }
    return new Corpus(events);
  }

  /** One event with a fresh SSN, card, e-mail and phone number. */
  CorpusEvent event(int index) {
    String ssn = value(Category.SSN, "ssn", this::ssn);
    String card = value(Category.CREDIT_CARD, "card_number", this::card);
    String email = value(Category.EMAIL, "email", this::email);
    String phone = value(Category.PHONE, "phone", this::phone);
    ObjectNode e = JSON.createObjectNode();
    e.put("event_id", "evt-" + index);
    e.put("type", "checkout");
    ObjectNode user = e.putObject("user");
    user.put("name", "Customer");
    user.put("email", email);
    user.put("ssn", ssn);
    e.putObject("payment").put("card_number", card).put("amount", 42.50);
    e.put("page_url", "https://shop.test/checkout?step=2&phone="
        + URLEncoder.encode(phone, StandardCharsets.UTF_8) + "&lang=en");
    ObjectNode inner = JSON.createObjectNode().put("contact_email", email).put("note", "gift");
    e.put("payload", inner.toString());
    List<Planted> planted = List.of(new Planted("ssn", ssn), new Planted("credit_card", card),
        new Planted("email", email), new Planted("phone", phone));
    all.addAll(planted);
    return new CorpusEvent(e.toString().getBytes(StandardCharsets.UTF_8), planted);
  }

  private String value(Category c, String key, java.util.function.Supplier<String> make) {
    for (int tries = 0; tries < 1000; tries++) {
      String v = make.get();
      if (v != null && DETECTOR.detect(v, c, key).decision().sensitive()) {
        return v;
      }
    }
    throw new IllegalStateException("no sensitive " + c.wireName() + " in 1000 tries");
  }

  private String ssn() {
    String nine = String.format(Locale.ROOT, "%09d", random.nextInt(1_000_000_000));
    return Ssn.isValid(nine)
        ? nine.substring(0, 3) + "-" + nine.substring(3, 5) + "-" + nine.substring(5) : null;
  }

  private String card() {
    String payload = "4" + String.format(Locale.ROOT, "%014d",
        Math.floorMod(random.nextLong(), 100_000_000_000_000L));
    String digits = payload + Luhn.checkDigit(payload);
    return digits.replaceAll("(\\d{4})(?=\\d)", "$1 ");
  }

  private String email() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      b.append((char) ('a' + random.nextInt(26)));
    }
    return b.append('.').append(random.nextInt(10_000)).append("@example.org").toString();
  }

  private String phone() {
    // 415 and 212 exchanges 200-999: valid US numbers per libphonenumber's metadata.
    int area = random.nextBoolean() ? 415 : 212;
    return String.format(Locale.ROOT, "+1 %d-%03d-%04d", area, 200 + random.nextInt(800),
        random.nextInt(10_000));
  }
}
