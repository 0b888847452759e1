package io.veil.worker.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ModelServerSettingsTest {

  private static ModelServerSettings settings(String command, String url, double threshold) {
    return new ModelServerSettings(command, "2", URI.create(url), ModelProtocol.VEIL,
        "/models/qwen", threshold, Duration.ofSeconds(5), Duration.ofMinutes(5));
  }

  @Test
  void commandPlaceholders_areReplaced_andTheLineSplitOnWhitespace() {
    ModelServerSettings s = settings(
        "  python3 server.py --model {model}   --port {port} --gpu {gpu} ", "http://127.0.0.1:8123",
        0.5);
    assertThat(s.supervised()).isTrue();
    assertThat(s.commandLine()).containsExactly("python3", "server.py", "--model", "/models/qwen",
        "--port", "8123", "--gpu", "2");
  }

  @Test
  void noCommand_meansAServerRunBySomeoneElse() {
    assertThat(settings(null, "http://127.0.0.1:8000", 0.5).supervised()).isFalse();
    assertThat(settings("  ", "http://127.0.0.1:8000", 0.5).commandLine()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "no port          | http://127.0.0.1       | 0.5 | model-url",
      "https            | https://127.0.0.1:8443 | 0.5 | model-url",
      "zero threshold   | http://127.0.0.1:8000  | 0.0 | model-threshold",
      "above one        | http://127.0.0.1:8000  | 1.1 | model-threshold",
  })
  void badSettings_areRejected_namingTheOption(String name, String url, double threshold,
      String option) {
    assertThatThrownBy(() -> settings("x", url, threshold)).hasMessageContaining(option);
  }

  @ParameterizedTest
  @CsvSource({"veil, VEIL", "OpenAI, OPENAI", "' openai ', OPENAI"})
  void protocolNames_parseCaseInsensitively(String name, ModelProtocol expected) {
    assertThat(ModelProtocol.parse(name)).isEqualTo(expected);
  }

  @Test
  void unknownProtocol_isRejected_listingTheChoices() {
    assertThatThrownBy(() -> ModelProtocol.parse("grpc")).hasMessageContaining("veil or openai");
  }
}
