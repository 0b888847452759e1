package io.veil.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigLoaderTest {

  @TempDir
  Path dir;

  @Test
  void defaults_applyWhenNothingIsGiven() throws Exception {
    WorkerConfig c = ConfigLoader.load(null, Map.of(), Map.of());

    assertThat(c.bind()).isEqualTo("tcp://127.0.0.1:5601");
    assertThat(c.backend()).isEqualTo("embedded");
    assertThat(c.maxBatch()).isEqualTo(64);
    assertThat(c.heartbeatMs()).isEqualTo(1000);
  }

  @Test
  void layers_fileThenEnvironmentThenCommandLine_eachWin() throws Exception {
    Path file = write("w.yaml", "max-batch: 10\nthreads: 3\nqueue_capacity: 7\nname: from-file\n");
    Map<String, String> env = Map.of("VEIL_WORKER_THREADS", "4", "VEIL_WORKER_NAME", "from-env");
    Map<String, String> cli = Map.of("name", "from-cli");

    WorkerConfig c = ConfigLoader.load(file, env, cli);

    assertThat(c.maxBatch()).isEqualTo(10);
    assertThat(c.queueCapacity()).isEqualTo(7);
    assertThat(c.threads()).isEqualTo(4);
    assertThat(c.name()).isEqualTo("from-cli");
  }

  @Test
  void configFile_canBeNamedByEnvironmentAndBeProperties() throws Exception {
    Path file = write("w.properties", "max-wait-ms=9\nbackend=cascade\n");

    WorkerConfig c = ConfigLoader.load(null, Map.of("VEIL_WORKER_CONFIG", file.toString()),
        Map.of());

    assertThat(c.maxWaitMs()).isEqualTo(9);
    assertThat(c.backend()).isEqualTo("cascade");
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of(Map.of(), Map.of("max-batch", "0"), "key max-batch must be between 1 and"
            + " 10000 (command line --max-batch)"),
        Arguments.of(Map.of("VEIL_WORKER_THREADS", "many"), Map.of(),
            "key threads must be an integer (environment VEIL_WORKER_THREADS)"),
        Arguments.of(Map.of(), Map.of("bind", "localhost:5601"), "key bind must be a ZeroMQ"
            + " endpoint"),
        Arguments.of(Map.of(), Map.of("heartbeat-ms", "10"), "key heartbeat-ms must be between"),
        Arguments.of(Map.of(), Map.of("name", "a b"), "key name must be letters"),
        Arguments.of(Map.of(), Map.of("backend", " "), "key backend must not be empty"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void invalidValue_isRejectedNamingKeyAndSource(Map<String, String> env, Map<String, String> cli,
      String message) {
    assertThatThrownBy(() -> ConfigLoader.load(null, env, cli))
        .isInstanceOf(ConfigException.class).hasMessageContaining(message);
  }

  @Test
  void fileWithUnknownKey_isRejectedNamingKey() throws Exception {
    Path file = write("w.yaml", "max-btach: 10\n");

    assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key max-btach");
  }

  @Test
  void fileWithNestedValueOrOtherExtension_isRejected() throws Exception {
    Path nested = write("w.yaml", "threads:\n  a: 1\n");
    Path other = write("w.json", "{}");

    assertThatThrownBy(() -> ConfigLoader.load(nested, Map.of(), Map.of()))
        .hasMessageContaining("key threads must be a single value");
    assertThatThrownBy(() -> ConfigLoader.load(other, Map.of(), Map.of()))
        .hasMessageContaining("must end in .yaml, .yml or .properties");
  }

  @Test
  void missingFile_isRejectedNamingThePath() {
    Path missing = dir.resolve("absent.yaml");

    assertThatThrownBy(() -> ConfigLoader.load(missing, Map.of(), Map.of()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("absent.yaml cannot be read");
  }

  @Test
  void backends_createTheNamedBackend_andRejectUnknownNamesListingKnownOnes() throws Exception {
    WorkerConfig embedded = ConfigLoader.load(null, Map.of(), Map.of());
    WorkerConfig unknown = ConfigLoader.load(null, Map.of(), Map.of("backend", "gpu"));

    try (var backend = Backends.standard().create(embedded)) {
      assertThat(backend.name()).isEqualTo("embedded");
    }
    assertThatThrownBy(() -> Backends.standard().create(unknown))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("key backend must be one of [embedded, model-server, cascade");
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }
}
