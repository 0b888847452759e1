package io.veil.detector;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Any input returns a valid decision in bounded time and never throws. */
class RobustnessTest {

  private static final Detector DETECTOR = EmbeddedDetector.create();

  static Stream<Arguments> hostileInputs() {
    StringBuilder nested = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      nested.append("{\"a\":\"");
    }
    nested.append("passport 123456789");
    for (int i = 0; i < 2000; i++) {
      nested.append("\"}");
    }
    String escaped = "{\"k\":\"" + "\\\\\\\"".repeat(20000) + "\"}";
    return Stream.of(
        Arguments.of("1 MB of digits", "7".repeat(1 << 20)),
        Arguments.of("1 MB of spaced digits", "4 ".repeat(1 << 19)),
        Arguments.of("1 MB of dashed groups", "123-45-".repeat(150_000)),
        Arguments.of("many @", "a@".repeat(200_000)),
        Arguments.of("bracket at", "[at]".repeat(100_000)),
        Arguments.of("deep json in a string", nested.toString()),
        Arguments.of("escaped quotes", escaped),
        Arguments.of("percent soup", "%25".repeat(100_000)),
        Arguments.of("base64 soup", "QUJD".repeat(100_000)),
        Arguments.of("html entities", "&#49;".repeat(100_000)),
        Arguments.of("labels only", "passport number ".repeat(30_000)),
        Arguments.of("labelled values", "passport 123456789, ssn 536-22-1234; ".repeat(25_000)),
        Arguments.of("csv rows", "a,ssn,b\n" + "x,536221234,y\n".repeat(70_000)),
        Arguments.of("one long csv line", "a,ssn\n" + "1,".repeat(400_000)),
        Arguments.of("phones", "(212) 555-0143 ".repeat(60_000)),
        Arguments.of("lone surrogates", "\ud800\udc00\ud800x\udc00".repeat(50_000)),
        Arguments.of("empty", ""),
        Arguments.of("null", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  @Timeout(60)
  void hostileInput_returnsAValidDecisionForEveryCategory(String name, String content) {
    Map<Category, Detection> all = DETECTOR.detectAll(content, "$.a.b");
    assertThat(all).hasSize(Category.all().size());
    all.values().forEach(d -> assertThat(d.decision().confidence()).isBetween(0.0, 1.0));
  }

  @Test
  @Timeout(60)
  void randomUnicode_neverThrows() {
    Random r = new Random(20261204);
    for (int seed = 0; seed < 300; seed++) {
      StringBuilder b = new StringBuilder();
      int len = r.nextInt(600);
      for (int i = 0; i < len; i++) {
        int kind = r.nextInt(4);
        b.appendCodePoint(switch (kind) {
          case 0 -> '0' + r.nextInt(10);
          case 1 -> " -.@+()#:=&%\"{}[]\\".charAt(r.nextInt(18));
          case 2 -> r.nextInt(0x3000);
          default -> r.nextInt(Character.MAX_CODE_POINT);
        });
      }
      for (Category c : Category.all()) {
        Detection d = DETECTOR.detect(b.toString(), c, r.nextBoolean() ? null : "$.x");
        assertThat(d.decision().confidence()).isBetween(0.0, 1.0);
        assertThat(d.category()).isEqualTo(c);
      }
    }
  }

  @Test
  @Timeout(60)
  void concurrentCallers_getTheSameDecisionsAsOneCaller() throws Exception {
    String[] contents = {"My SSN is 536-22-1234", "passport=85961047", "4111 1111 1111 1111",
        "call (212) 555-0143", "routing 021000021 acct 12345678", "j***@gmail.com",
        "{\"dl_number\":\"D1234567\"}", "Order #123456789", "護照號碼 E12345678"};
    Map<String, Map<Category, Detection>> expected = new java.util.HashMap<>();
    for (String c : contents) {
      expected.put(c, DETECTOR.detectAll(c, null));
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      java.util.List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(pool.submit(() -> {
          for (int i = 0; i < 200; i++) {
            String c = contents[i % contents.length];
            if (!DETECTOR.detectAll(c, null).equals(expected.get(c))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> f : results) {
        assertThat(f.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void findings_carryOriginalOffsetsAndNamesButNeverTheValue() {
    String content = "note: SSN&#58; 536&#45;22&#45;1234 ok";
    Detection d = DETECTOR.detect(content, Category.SSN, null);
    assertThat(d.decision().sensitive()).isTrue();
    Finding f = d.findings().get(0);
    assertThat(content.substring(f.start(), f.end())).isEqualTo("536&#45;22&#45;1234");
    assertThat(f.recognizer()).isEqualTo("SsnRecognizer");
    assertThat(f.pattern()).isEqualTo("ssn_grouped");
    assertThat(f.toString()).doesNotContain("536").doesNotContain("1234");
  }

  @Test
  void decodedFinding_namesTheDecodingInItsEvidence() {
    Detection d = DETECTOR.detect("payload=am9obkBnbWFpbC5jb20=", Category.EMAIL, null);
    assertThat(d.decision().sensitive()).isTrue();
    assertThat(d.findings().get(0).evidence()).contains("decoded:base64");
  }

  @Test
  void oneMegabyteOfDigits_isDecidedQuickly() {
    String digits = "7".repeat(1 << 20);
    DETECTOR.detect(digits, Category.PHONE, null);
    long t0 = System.nanoTime();
    Detection d = DETECTOR.detect(digits, Category.PHONE, null);
    assertThat(d.decision().sensitive()).isFalse();
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
  }
}
