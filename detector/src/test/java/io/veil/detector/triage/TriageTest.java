package io.veil.detector.triage;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.detector.Detection;
import io.veil.detector.EmbeddedDetector;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TriageTest {

  private static final EmbeddedDetector DETECTOR = EmbeddedDetector.create();
  private static final Triage TRIAGE = new Triage();

  private static final String[] VALUES = {"536-22-1234", "536221234", "912-78-1234",
      "4111 1111 1111 1111", "4111111111111112", "(212) 555-0143", "+44 20 7946 0958",
      "2125550143", "john.doe@example.com", "noreply@x.com", "D1234567", "021000021",
      "12345678901", "X12345678", "85961047", "am9obkBnbWFpbC5jb20=", "john%40gmail.com",
      "５３６－２２－１２３４", "j***@gmail.com", "S530-460-56-123-0", "2024-01-15"};
  private static final String[] LABELS = {"passport", "Passport No.", "ssn", "SSN:", "acct_no",
      "account number", "routing", "ABA", "dl_number", "Driver's license", "card", "tel",
      "phone", "email", "护照号码", "パスポート番号", "여권번호", "номер паспорта",
      "رقم جواز السفر", "पासपोर्ट संख्या", "Führerschein-Nr.", "número de cuenta", "order",
      "tracking", "ITIN", "hộ chiếu", "Kontonummer", "numer paszportu", ""};
  private static final String[] GLUE = {": ", "=", " ", "\": \"", " is ", "&x=1&", "\n", " - "};
  private static final String[] PATHS = {null, "$.user.passport_no", "$.ssn", "$.bank.acct",
      "$.routing_number", "$.dl", "$.notes", "$.payment.card"};

  @Test
  void triage_flagsEveryPairTheDetectorCallsSensitive_onGeneratedInputs() {
    Random r = new Random(42);
    List<String> misses = new ArrayList<>();
    int sensitive = 0;
    for (int i = 0; i < 3000; i++) {
      StringBuilder b = new StringBuilder();
      int parts = 1 + r.nextInt(3);
      for (int p = 0; p < parts; p++) {
        b.append(LABELS[r.nextInt(LABELS.length)]).append(GLUE[r.nextInt(GLUE.length)])
            .append(VALUES[r.nextInt(VALUES.length)]).append(r.nextBoolean() ? ", " : " ");
      }
      String content = b.toString();
      String path = PATHS[r.nextInt(PATHS.length)];
      Set<Category> flagged = TRIAGE.flag(content, path);
      for (Map.Entry<Category, Detection> e : DETECTOR.detectAll(content, path).entrySet()) {
        if (e.getValue().decision().sensitive()) {
          sensitive++;
          if (!flagged.contains(e.getKey())) {
            misses.add(e.getKey() + " <- " + content + " @ " + path);
          }
        }
      }
    }
    assertThat(sensitive).isGreaterThan(1000);
    assertThat(misses).isEmpty();
  }

  @Test
  void triage_skipsContentThatCannotHoldAValue() {
    assertThat(TRIAGE.flag("hello world, see you tomorrow", null)).isEmpty();
    assertThat(TRIAGE.flag("order 12345678", null))
        .doesNotContain(Category.PASSPORT, Category.BANK_ACCOUNT, Category.ROUTING_NUMBER,
            Category.EMAIL, Category.CREDIT_CARD);
    assertThat(TRIAGE.flag("passport 12345678", null)).contains(Category.PASSPORT)
        .doesNotContain(Category.ROUTING_NUMBER, Category.CREDIT_CARD);
  }

  @Test
  void triage_usesTheFieldKey() {
    assertThat(TRIAGE.flag("123456789", "$.user.passport_no")).contains(Category.PASSPORT);
    assertThat(TRIAGE.flag("123456789", null)).doesNotContain(Category.PASSPORT);
  }
}
