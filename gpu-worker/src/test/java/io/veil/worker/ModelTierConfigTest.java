package io.veil.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.worker.backend.Backend;
import io.veil.worker.model.ModelProtocol;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The model tier's keys in the worker's config, and the registry's model backends. */
class ModelTierConfigTest {

  @Test
  void defaults_describeAVeilServerOnLoopback_unsupervised() throws Exception {
    WorkerConfig c = ConfigLoader.load(null, Map.of(), Map.of());
    assertThat(c.modelServer().supervised()).isFalse();
    assertThat(c.modelServer().url().toString()).isEqualTo("http://127.0.0.1:8081");
    assertThat(c.modelServer().protocol()).isEqualTo(ModelProtocol.VEIL);
    assertThat(c.modelServer().gpu()).isEqualTo("0");
    assertThat(c.modelServer().threshold()).isEqualTo(0.5);
    assertThat(c.uncertainLow()).isEqualTo(0.2);
    assertThat(c.uncertainHigh()).isEqualTo(0.8);
  }

  @Test
  void modelKeys_comeFromTheEnvironment_andTheCommandLine() throws Exception {
    WorkerConfig c = ConfigLoader.load(null,
        Map.of("VEIL_WORKER_MODEL_PROTOCOL", "openai", "VEIL_WORKER_GPU", "3"),
        Map.of("model-command", "python3 s.py --port {port}", "model-url",
            "http://127.0.0.1:9000", "model-timeout-ms", "750", "uncertain-high", "0.9"));
    assertThat(c.modelServer().protocol()).isEqualTo(ModelProtocol.OPENAI);
    assertThat(c.modelServer().gpu()).isEqualTo("3");
    assertThat(c.modelServer().commandLine()).containsExactly("python3", "s.py", "--port", "9000");
    assertThat(c.modelServer().requestTimeout()).isEqualTo(Duration.ofMillis(750));
    assertThat(c.uncertainHigh()).isEqualTo(0.9);
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
      "model-protocol, grpc, model-protocol",
      "model-url, https://h:1, model-url",
      "model-url, not a url, model-url",
      "model-threshold, 0, model-threshold",
      "uncertain-low, -0.1, uncertain-low",
      "uncertain-high, high, uncertain-high",
      "model-timeout-ms, 0, model-timeout-ms",
  })
  void badModelKeys_failNamingTheKey(String key, String value, String named) {
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(), Map.of(key, value)))
        .isInstanceOf(ConfigException.class).hasMessageContaining(named);
  }

  @Test
  void invertedUncertainBand_isRejectedWhenTheCascadeIsBuilt() throws Exception {
    WorkerConfig c = ConfigLoader.load(null, Map.of(),
        Map.of("backend", "cascade", "uncertain-low", "0.9", "uncertain-high", "0.1"));
    assertThatThrownBy(() -> Backends.standard().create(c)).isInstanceOf(ConfigException.class)
        .hasMessageContaining("uncertain-low");
  }

  @ParameterizedTest
  @CsvSource({"model-server", "cascade"})
  void modelBackends_areInTheStandardRegistry(String name) throws Exception {
    WorkerConfig c = ConfigLoader.load(null, Map.of(), Map.of("backend", name));
    try (Backend b = Backends.standard().create(c)) {
      assertThat(b.name()).isEqualTo(name);
    }
  }
}
