package io.veil.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.protocol.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Defaults < file < environment, and errors that name the key without echoing the value. */
class ConfigLoaderTest {

  @TempDir
  Path dir;

  @Test
  void defaults_matchTheDocumentedOnes() {
    GatewayConfig c = GatewayConfig.defaults();
    assertThat(c.httpHost()).isEqualTo("127.0.0.1");
    assertThat(c.httpPort()).isEqualTo(8080);
    assertThat(c.managementPort()).isEqualTo(8081);
    assertThat(c.deadline()).isEqualTo(Duration.ofMillis(800));
    assertThat(c.limits().bodyBytes()).isEqualTo(1 << 20);
    assertThat(c.limits().depth()).isEqualTo(64);
    assertThat(c.apiToken()).isEmpty();
    assertThat(c.modeOf(Category.SSN)).isEqualTo(RedactionMode.REPLACE);
  }

  @Test
  void sampleConfigInDeploy_loadsAndEqualsTheDefaults() {
    Path sample = Path.of("..", "deploy", "gateway.yaml");
    assertThat(ConfigLoader.load(sample, Map.of()).toString())
        .isEqualTo(GatewayConfig.defaults().toString());
  }

  @Test
  void file_overridesDefaults_andEnvironmentOverridesFile() throws Exception {
    Path f = Files.writeString(dir.resolve("g.yaml"),
        "http:\n  port: 9000\nlimits:\n  depth: 10\nredaction:\n  ssn: drop\n");
    GatewayConfig c = ConfigLoader.load(f, Map.of("VEIL_HTTP_PORT", "9100",
        "VEIL_REDACTION_CREDIT_CARD", "mask_last4"));
    assertThat(c.httpPort()).isEqualTo(9100);
    assertThat(c.limits().depth()).isEqualTo(10);
    assertThat(c.modeOf(Category.SSN)).isEqualTo(RedactionMode.DROP);
    assertThat(c.modeOf(Category.CREDIT_CARD)).isEqualTo(RedactionMode.MASK_LAST4);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
      "VEIL_HTTP_PORT, 70000, http.port",
      "VEIL_HTTP_PORT, eighty, http.port",
      "VEIL_LIMITS_DEPTH, -3, limits.depth",
      "VEIL_DEADLINE_MS, -5, deadline_ms",
      "VEIL_REDACTION_EMAIL, shred, redaction.email",
      "VEIL_HMAC_KEY, short-key-0123, hmac_key",
      "VEIL_HTTP_HOST, 'bad host!', http.host"})
  void invalidValue_failsNamingTheKey_withoutEchoingTheValue(String env, String value,
      String key) {
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(env, value)))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("'" + key + "'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(value));
  }

  @Test
  void hashMode_withoutKey_failsNamingTheKeyItNeeds() {
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("VEIL_REDACTION_EMAIL", "hash")))
        .hasMessageContaining("'hmac_key'").hasMessageContaining("redaction.email");
  }

  @Test
  void unknownFileKey_failsNamingIt() throws Exception {
    Path f = Files.writeString(dir.resolve("g.yaml"), "limits:\n  depht: 3\n");
    assertThatThrownBy(() -> ConfigLoader.load(f, Map.of()))
        .hasMessageContaining("'limits.depht'").hasMessageContaining("unknown key");
  }

  @Test
  void hashMode_withKey_isAccepted() {
    GatewayConfig c = ConfigLoader.load(null, Map.of("VEIL_REDACTION_SSN", "hash",
        "VEIL_HMAC_KEY", "a-long-enough-key-123"));
    assertThat(c.modeOf(Category.SSN)).isEqualTo(RedactionMode.HASH);
    assertThat(c.hmacKey()).isPresent();
  }
}
