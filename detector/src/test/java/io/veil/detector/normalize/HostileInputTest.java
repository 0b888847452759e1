package io.veil.detector.normalize;

import static io.veil.detector.normalize.ViewAssertions.assertWellFormed;
import static io.veil.detector.normalize.ViewAssertions.texts;
import static io.veil.detector.normalize.ViewAssertions.views;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs built to hurt: huge, deeply nested, malformed. The timeout only guards against a hang
 * (a linear pass over a megabyte takes milliseconds); it measures nothing.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileInputTest {

  private static final int MEGA = 1 << 20;

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("1 MB of digits", "7".repeat(MEGA)),
        Arguments.of("1 MB of one base64 token", "QUJD".repeat(MEGA / 4)),
        Arguments.of("1 MB of short base64 tokens",
            (Base64.getEncoder().encodeToString("john@example.com".getBytes(
                StandardCharsets.UTF_8)) + " ").repeat(MEGA / 25)),
        Arguments.of("1 MB of base64 path segments", "/am9obkBleGFtcGxlLmNvbQ".repeat(MEGA / 23)),
        Arguments.of("1 MB of percent escapes", "%41".repeat(MEGA / 3)),
        Arguments.of("1 MB of sequential percent", "%25".repeat(MEGA / 3) + "40"),
        Arguments.of("1 MB of nested percent", "%" + "25".repeat(MEGA / 2) + "40"),
        Arguments.of("1 MB of incomplete escapes", "%4%%%E2%82%".repeat(MEGA / 11)),
        Arguments.of("1 MB of entities", "&#64;".repeat(MEGA / 5)),
        Arguments.of("1 MB of broken entities", "&#99999999999;&amp&#x;&#;".repeat(MEGA / 25)),
        Arguments.of("1 MB of backslashes", "\\".repeat(MEGA)),
        Arguments.of("1 MB of unicode escapes", "\\u0040\\uD800\\uDC00\\uDC00".repeat(MEGA / 24)),
        Arguments.of("json nested 10,000 deep in a string",
            "{\\\"a\\\":".repeat(10_000) + "1" + "}".repeat(10_000)),
        Arguments.of("escaping nested 12 levels", escapedTimes("{\"ssn\":\"123-45-6789\"}", 12)),
        Arguments.of("NFKC expansion", "\uFDFA".repeat(100_000)),
        Arguments.of("zalgo", ("a" + "\u0301\u0302\u0303\u0304".repeat(50)).repeat(2_000)),
        Arguments.of("unpaired surrogates", "\uD800x\uDC00\uDBFF".repeat(50_000)),
        Arguments.of("NULs and controls", "\u0000\u0001\u001f\u007f\u0085".repeat(100_000)),
        Arguments.of("invisible only", "\u200B\u200D\uFEFF".repeat(100_000)),
        Arguments.of("mixed layers", ("q=%2540&d=am9obkBleGFtcGxlLmNvbQ==&j=\\u0040"
            + "&h=&amp;#64;").repeat(10_000)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void hostileInput_returnsBoundedWellFormedViews(String name, String content) {
    List<TextView> views = views(content);

    assertWellFormed(content, views);
  }

  @Test
  void randomUnicode_neverThrows_andMapsEveryCharacter() {
    Random random = new Random(20261204L);
    String alphabet = "&#;%\\u\"/+=_-0123456789abcdefxAZ@.? \u200B\u00A0\uFF14\u0661\u0301"
        + "\uD800\uDC00\u0000";
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(400);
      for (int i = 0; i < length; i++) {
        if (random.nextInt(3) == 0) {
          sb.append((char) random.nextInt(0x10000));
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String content = sb.toString();

      assertWellFormed(content, views(content));
    }
  }

  @Test
  void expandingPrefix_cannotSwitchCleaningOff() {
    String content = "\uFDFA".repeat(100_000) + " ssn １２３-４５-６７８９";

    List<TextView> views = views(content);

    assertWellFormed(content, views);
    assertThat(views.get(0).text()).endsWith(" ssn 123-45-6789");
  }

  @Test
  void nestedPercent_isDecodedOnlyToTheDepthLimit() {
    String content = "%" + "25".repeat(10) + "40";

    List<TextView> views = views(content);

    assertThat(views).hasSizeLessThanOrEqualTo(Normalizer.MAX_DEPTH + 1);
    assertThat(views.get(views.size() - 1).transforms()).hasSize(Normalizer.MAX_DEPTH);
    assertThat(texts(views)).noneMatch(t -> t.contains("@"));
  }

  @Test
  void manyBase64Tokens_decodeOnlyABoundedNumber() {
    String token = Base64.getEncoder().encodeToString(
        "john@example.com".getBytes(StandardCharsets.UTF_8));
    String content = (token + " ").repeat(1_000);

    List<TextView> views = views(content);

    String decoded = views.get(1).text();
    int count = decoded.split("john@example.com", -1).length - 1;
    assertThat(count).isEqualTo(Base64Decoding.MAX_ATTEMPTS);
  }

  private static String escapedTimes(String json, int times) {
    String s = json;
    for (int i = 0; i < times; i++) {
      s = s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
    return s;
  }
}
