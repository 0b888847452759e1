package io.veil.detector.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.detector.Detection;
import io.veil.detector.EmbeddedDetector;
import io.veil.detector.score.Calibration;
import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every example that {@code shared/labeling-policy.md} gives, rule by rule. */
class LabelingPolicyTest {

  private static final EmbeddedDetector DETECTOR = EmbeddedDetector.create(Calibration.identity());
  private static final EmbeddedDetector SHIPPED = EmbeddedDetector.create();

  record Example(String rule, Category category, String content, String context,
      boolean sensitive) {
    @Override
    public String toString() {
      return rule + " | " + category + " | " + content + (context == null ? "" : " @ " + context);
    }
  }

  private static Arguments ex(String rule, Category c, String content, boolean sensitive) {
    return Arguments.of(new Example(rule, c, content, null, sensitive));
  }

  private static Arguments exUnder(String rule, Category c, String context, String content,
      boolean sensitive) {
    return Arguments.of(new Example(rule, c, content, context, sensitive));
  }

  static Stream<Arguments> examples() {
    return Stream.of(
        // Evidence 1: distinctive, valid formats need no context.
        ex("1 email", Category.EMAIL, "maria.garcia@gmail.com", true),
        ex("1 card plain", Category.CREDIT_CARD, "4111111111111111", true),
        ex("1 card grouped spaces", Category.CREDIT_CARD, "5555 5555 5555 4444", true),
        ex("1 card grouped dashes", Category.CREDIT_CARD, "3782-822463-10005", true),
        ex("1 ssn dashes", Category.SSN, "536-22-1234", true),
        ex("1 ssn spaces", Category.SSN, "536 22 1234", true),
        ex("1 itin", Category.ITIN, "912-78-1234", true),
        ex("1 phone international", Category.PHONE, "+44 20 7946 0958", true),
        ex("1 phone national", Category.PHONE, "(415) 555-2671", true),
        // Evidence 2: weak formats need context.
        ex("2 bare 9 digits", Category.PASSPORT, "318246579", false),
        ex("2 bare 9 digits", Category.SSN, "536221234", false),
        ex("2 bare 9 digits", Category.ROUTING_NUMBER, "021000021", false),
        ex("2 bare alnum", Category.DRIVERS_LICENSE, "D1234567", false),
        ex("2 bare digits", Category.BANK_ACCOUNT, "12345678901", false),
        ex("2 key passport", Category.PASSPORT, "{\"passport\": \"318246579\"}", true),
        ex("2 key pasaporte", Category.PASSPORT, "{\"pasaporte\": \"318246579\"}", true),
        ex("2 key passeport", Category.PASSPORT, "{\"passeport\": \"318246579\"}", true),
        ex("2 key 护照号码", Category.PASSPORT, "{\"护照号码\": \"318246579\"}", true),
        ex("2 key ssn", Category.SSN, "{\"ssn\": \"536221234\"}", true),
        ex("2 key acct_no", Category.BANK_ACCOUNT, "{\"acct_no\": \"12345678901\"}", true),
        ex("2 key routing", Category.ROUTING_NUMBER, "{\"routing\": \"021000021\"}", true),
        ex("2 key dl_number", Category.DRIVERS_LICENSE, "{\"dl_number\": \"D1234567\"}", true),
        ex("2 label account number", Category.BANK_ACCOUNT, "account number: 12345678901", true),
        ex("2 label Führerschein-Nr.", Category.DRIVERS_LICENSE, "Führerschein-Nr. D1234567",
            true),
        ex("2 url parameter", Category.PASSPORT, "https://a.io/x?passport=318246579", true),
        exUnder("2 field key", Category.PASSPORT, "$.user.passport_no", "318246579", true),
        // Evidence 3: explicit context plus a plausible shape.
        ex("3 card luhn fails", Category.CREDIT_CARD, "\"card_number\": \"4111 1111 1111 1112\"",
            true),
        ex("3 fake passport site", Category.PASSPORT,
            "http://www.share-fake-passport.com?name=tim&passport=85961047", true),
        // Not sensitive.
        ex("word without value", Category.PASSPORT, "passport photo requirements", false),
        ex("word without value", Category.SSN, "apply for an SSN", false),
        ex("order number", Category.PASSPORT, "passport order number 318246579", false),
        ex("tracking number", Category.BANK_ACCOUNT, "account tracking number 12345678901",
            false),
        ex("sku / product name", Category.PASSPORT, "passport-wallet-tribe-56060137", false),
        ex("timestamp", Category.PHONE, "2024-03-05 14:22:10", false),
        ex("date", Category.SSN, "05/03/2024", false),
        ex("price", Category.CREDIT_CARD, "$4,111,111,111.11", false),
        ex("quantity", Category.BANK_ACCOUNT, "account qty 12345678", false),
        ex("uuid", Category.CREDIT_CARD, "123e4567-e89b-12d3-a456-426614174000", false),
        ex("hash", Category.PASSPORT, "passport sha 9f86d081884c7d659a2feaa0c55ad015", false),
        ex("version", Category.PHONE, "v2.1.4.5678", false),
        ex("isbn", Category.PHONE, "ISBN 978-0-306-40615-7", false),
        ex("ip address", Category.PHONE, "10.120.200.255", false),
        ex("coordinates", Category.PHONE, "lat 40.712776 lon -74.005974", false),
        ex("session id", Category.BANK_ACCOUNT, "account session 81726354", false),
        ex("masked ssn", Category.SSN, "***-**-6789", false),
        ex("masked card", Category.CREDIT_CARD, "XXXX XXXX XXXX 1234", false),
        ex("masked email", Category.EMAIL, "j***@gmail.com", false),
        ex("16 digits failing luhn", Category.CREDIT_CARD, "4111111111111112", false),
        ex("ssn area 000", Category.SSN, "000-12-3456", false),
        ex("ssn area 666", Category.SSN, "666-12-3456", false),
        ex("9dd outside itin groups, asked ssn", Category.SSN, "912-34-5678", false),
        ex("role noreply", Category.EMAIL, "noreply@bank.com", false),
        ex("role no-reply", Category.EMAIL, "no-reply@bank.com", false),
        ex("role support", Category.EMAIL, "support@bank.com", false),
        ex("role info", Category.EMAIL, "info@bank.com", false),
        ex("role postmaster", Category.EMAIL, "postmaster@bank.com", false),
        ex("role abuse", Category.EMAIL, "abuse@bank.com", false),
        ex("role webmaster", Category.EMAIL, "webmaster@bank.com", false),
        ex("role sales", Category.EMAIL, "sales@bank.com", false),
        ex("role admin", Category.EMAIL, "admin@bank.com", false),
        ex("ssn is not a passport", Category.PASSPORT, "SSN: 536-22-1234", false),
        ex("ssn key is not a passport", Category.PASSPORT, "{\"ssn\": \"536221234\"}", false),
        ex("itin is not an ssn", Category.SSN, "912-78-1234", false),
        // Test numbers and example domains are still values.
        ex("test card", Category.CREDIT_CARD, "card 4111111111111111", true),
        ex("example.com", Category.EMAIL, "user@example.com", true),
        // Obfuscation does not hide a value.
        ex("spaces between digits", Category.SSN, "5 3 6 - 2 2 - 1 2 3 4", true),
        ex("dots between digits", Category.CREDIT_CARD, "4.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1", true),
        ex("zero-width", Category.SSN, "536\u200b-22\u200c-1234", true),
        ex("full-width digits", Category.SSN, "５３６－２２－１２３４", true),
        ex("arabic-indic digits", Category.SSN, "ssn ٥٣٦٢٢١٢٣٤", true),
        ex("html entities", Category.EMAIL, "maria&#46;garcia&#64;gmail&#46;com", true),
        ex("url %40", Category.EMAIL, "maria.garcia%40gmail.com", true),
        ex("url +", Category.PHONE, "q=call+%2B1+212+555+0143", true),
        ex("base64", Category.SSN, "c3NuOiA1MzYtMjItMTIzNA==", true));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyPolicyExample_isDecidedAsThePolicySays_withTheShippedCalibration(Example e) {
    Detection d = SHIPPED.detect(e.content(), e.category(), e.context());
    assertThat(d.decision().sensitive()).as(e + " -> " + d.findings()).isEqualTo(e.sensitive());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyPolicyExample_isDecidedAsThePolicySays(Example e) {
    Detection d = DETECTOR.detect(e.content(), e.category(), e.context());
    assertThat(d.decision().sensitive()).as(e + " -> " + d.findings()).isEqualTo(e.sensitive());
  }
}
