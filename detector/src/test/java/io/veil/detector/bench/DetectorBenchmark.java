package io.veil.detector.bench;

import io.veil.detector.EmbeddedDetector;
import io.veil.detector.normalize.Normalizer;
import io.veil.detector.triage.Triage;
import io.veil.protocol.Category;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Classifications per second per core on typical 100–400 character contents, with baselines in
 * the same run: a plain {@code String.indexOf} scan and the normalizer alone. Run with
 * {@code mvn -o -pl detector -am -Pbench verify} (see the profile in {@code detector/pom.xml}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DetectorBenchmark {

  private static final String[] CONTENTS = {
      "{\"user\":{\"name\":\"Ann Lee\",\"email\":\"ann.lee@example.com\",\"passport_no\":"
          + "\"X12345678\",\"country\":\"US\"},\"event\":\"signup\",\"ts\":1714557600}",
      "2024-05-01T12:00:01.123Z INFO [payments] user=alice order=98765432 amount=20.00 "
          + "card=4111111111111111 status=declined retry=1 latency_ms=123",
      "Hi, I lost my passport yesterday at the airport. The number was 531246789, could you"
          + " please help me get a replacement before my flight on May 3rd?",
      "https://shop.example.com/checkout?session=8f14e45fceea467f&item=passport-wallet-tribe-"
          + "56060137&qty=2&price=34.99&utm_source=newsletter",
      "Customer called from (212) 555-0143 about invoice INV-2024-000123; asked to update the"
          + " billing address to 1234 Main St, Springfield, IL 62704.",
      "first=Ann&last=Lee&dl_number=D1234567&state=CA&routing=021000021&acct=12345678901"
          + "&submit=Send",
      "Mi número de seguro social es 536-22-1234 y mi teléfono es +34 612 345 678. Gracias"
          + " por su ayuda con la solicitud.",
      "[2024-05-01 12:00:01] request_id=550e8400-e29b-41d4-a716-446655440000 GET /orders/"
          + "123456789 200 512ms ua=Mozilla/5.0 ip=10.0.0.12",
      "我的护照号码是E12345678，电话是13812345678，请帮我查询一下订单状态。谢谢！订单号：2024050112",
      "Order #A-99812 shipped via UPS, tracking 1Z999AA10123456784, estimated delivery"
          + " 2024-05-07. Questions? Reply to this email or visit our help center.",
      "{\"payload\":\"{\\\"ssn\\\":\\\"536221234\\\",\\\"itin\\\":\\\"912-78-1234\\\"}\","
          + "\"source\":\"form\",\"version\":\"2.4.1\"}",
      "Please wire the funds to account number 000123456789 at routing 111000025. Contact "
          + "me at noreply@bank.com if needed (no, really, use j.smith@gmail.com)."};

  /** State shared by the baselines, the all-categories scan and the triage. */
  @State(Scope.Thread)
  public static class Shared {
    EmbeddedDetector detector;
    Triage triage;
    int next;

    @Setup
    public void setUp() {
      detector = EmbeddedDetector.create();
      triage = new Triage();
    }

    String content() {
      next = next + 1 == CONTENTS.length ? 0 : next + 1;
      return CONTENTS[next];
    }
  }

  /** State of the per-category classification. */
  @State(Scope.Thread)
  public static class PerCategory {
    @Param({"email", "phone", "credit_card", "passport", "ssn", "itin", "drivers_license",
        "bank_account", "routing_number"})
    public String category;

    EmbeddedDetector detector;
    Category cat;
    int next;

    @Setup
    public void setUp() {
      detector = EmbeddedDetector.create();
      cat = Category.fromName(category).orElseThrow();
    }

    String content() {
      next = next + 1 == CONTENTS.length ? 0 : next + 1;
      return CONTENTS[next];
    }
  }

  /** Baseline: a keyword and an at-sign searched with {@code String.indexOf}. */
  @Benchmark
  public int baselineIndexOf(Shared s) {
    String c = s.content();
    return c.indexOf("passport") + c.indexOf('@');
  }

  /** Baseline: the normalizer's views alone. */
  @Benchmark
  public int baselineNormalizer(Shared s) {
    return Normalizer.standard().views(s.content()).size();
  }

  /** One classification for the category. */
  @Benchmark
  public boolean detect(PerCategory p) {
    return p.detector.detect(p.content(), p.cat, null).decision().sensitive();
  }

  /** The all-categories scan (one op = all nine categories). */
  @Benchmark
  public int detectAll(Shared s) {
    return s.detector.detectAll(s.content(), null).size();
  }

  /** The gateway's triage pass. */
  @Benchmark
  public int triage(Shared s) {
    return s.triage.flag(s.content(), null).size();
  }
}
