package io.veil.training.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ObfuscationTest {

  @ParameterizedTest
  @ValueSource(strings = {"maria.garcia@gmail.com", "4111 1111 1111 1111", "123-45-6789", "X12345678"})
  void everyObfuscation_readsBackToTheValue(String v) {
    SplittableRandom r = new SplittableRandom(1);
    String digitsAndLetters = v.replaceAll("[^A-Za-z0-9]", "");
    assertThat(URLDecoder.decode(Obfuscation.urlEncode(r, v), StandardCharsets.UTF_8)).isEqualTo(v);
    assertThat(new String(Base64.getDecoder().decode(Obfuscation.base64(v)), StandardCharsets.UTF_8)).isEqualTo(v);
    assertThat(Obfuscation.zeroWidth(r, v).replaceAll("[\\u200B\\u200C\\u2060\\uFEFF]", "")).isEqualTo(v);
    assertThat(Obfuscation.zeroWidth(r, v)).isNotEqualTo(v);
    assertThat(java.text.Normalizer.normalize(Obfuscation.fullWidth(v), java.text.Normalizer.Form.NFKC)).isEqualTo(v);
    String spaced = Obfuscation.spacedDigits(r, v);
    assertThat(spaced.replaceAll("(?<=\\d)[ .](?=\\d)", "")).isEqualTo(v.replaceAll("(?<=\\d) (?=\\d)", ""));
    assertThat(spaced.replaceAll("[^-@]", "")).isEqualTo(v.replaceAll("[^-@]", ""));
    String html = Obfuscation.htmlEntities(r, v);
    assertThat(html).contains("&#");
    assertThat(unescape(html).replaceAll("[^A-Za-z0-9]", "")).isEqualTo(digitsAndLetters);
  }

  private static String unescape(String s) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("&#(x?)([0-9a-fA-F]+);").matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      int cp = Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16);
      m.appendReplacement(b, java.util.regex.Matcher.quoteReplacement(new String(Character.toChars(cp))));
    }
    m.appendTail(b);
    return b.toString();
  }
}
