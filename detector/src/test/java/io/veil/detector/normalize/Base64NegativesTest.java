package io.veil.detector.normalize;

import static io.veil.detector.normalize.ViewAssertions.texts;
import static io.veil.detector.normalize.ViewAssertions.views;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Base64's alphabet is every word's alphabet: ordinary tokens must not decode to garbage. */
class Base64NegativesTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "passport", "Passport", "PASSPORT", "password", "username", "Reynolds", "Williamson",
      "InstantResales", "https://InstantResales.com.cy/", "firstName", "lastName",
      "accountNumber", "routingNumber", "driversLicense", "dateOfBirth", "customer_id",
      "transaction-reference", "Information", "administrator", "international",
      "Springfield", "Massachusetts", "California", "Washington", "Pennsylvania",
      "abcdefgh", "ABCDEFGH", "aaaaaaaaaaaaaaaa", "AAAAAAAAAAAAAAAA", "12345678",
      "1234567890123456",
      "4111111111111111", "078-05-1120", "d41d8cd98f00b204e9800998ecf8427e",
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "DA39A3EE5E6B4B0D3255BFEF95601890AFD80709", "123e4567-e89b-12d3-a456-426614174000",
      "/usr/local/bin/java", "src/main/java/io/veil", "org.apache.commons",
      "X-Forwarded-For", "Content-Type", "application/json", "text/html;charset=utf-8",
      "Mozilla/5.0", "2024-01-15T10:30:00Z", "v1.2.3-SNAPSHOT", "snake_case_identifier",
      "kebab-case-identifier", "CONSTANT_NAME_VALUE", "Authorization", "Authentication",
  })
  void ordinaryToken_isNotDecodedAsBase64(String token) {
    String content = "value " + token + " end";

    assertThat(texts(views(content))).containsExactly(content);
  }

  @Test
  void randomIdentifiers_almostNeverDecodeAsText() {
    Random random = new Random(42);
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    int decoded = 0;
    for (int i = 0; i < 4_000; i++) {
      StringBuilder token = new StringBuilder("session ");
      int length = 16 + random.nextInt(17);
      for (int k = 0; k < length; k++) {
        token.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (views(token.toString()).size() > 1) {
        decoded++;
      }
    }

    // Random bytes pass as text about once in tens of thousands at these lengths.
    assertThat(decoded).isLessThanOrEqualTo(2);
  }
}
