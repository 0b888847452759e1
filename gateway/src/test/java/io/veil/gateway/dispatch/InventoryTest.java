package io.veil.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InventoryTest {

  private static final String OK_ENTRY = "  - name: a\n    host: localhost\n"
      + "    endpoint: tcp://127.0.0.1:5601\n    gpu: null\n    backend: embedded\n";

  @TempDir Path dir;

  private Inventory parse(String yaml) throws InventoryException {
    return Inventory.parse(yaml.getBytes(StandardCharsets.UTF_8), dir);
  }

  @Test
  void shippedLocalInventory_parses() throws Exception {
    Inventory inventory = Inventory.read(Path.of("../deploy/inventory.local.yaml"));

    assertThat(inventory.workers()).extracting(WorkerEntry::name)
        .containsExactly("local-1", "local-2");
    assertThat(inventory.workers().get(0).endpoint()).isEqualTo("tcp://127.0.0.1:5601");
    assertThat(inventory.workers().get(0).gpu()).isEmpty();
    assertThat(inventory.workers().get(0).curveServerKey()).isEmpty();
  }

  @Test
  void fullEntry_keepsEveryField_andIgnoresUnknownKeys() throws Exception {
    String key = CurveKeys.generate().publicZ85();
    Inventory inventory = parse("workers:\n  - name: gpu-0\n    host: box1\n"
        + "    endpoint: tcp://10.0.0.5:5601\n    gpu: 1\n    backend: cascade\n"
        + "    model: /models/m\n    curve_server_key: \"" + key + "\"\n    ssh_user: veil\n");

    WorkerEntry e = inventory.workers().get(0);
    assertThat(e.gpu()).contains(1);
    assertThat(e.backend()).isEqualTo("cascade");
    assertThat(e.model()).contains("/models/m");
    assertThat(e.curveServerKey()).hasValueSatisfying(k -> assertThat(k).hasSize(32));
  }

  @Test
  void curveServerKeyFile_isResolvedAgainstTheInventoryDirectory() throws Exception {
    CurveKeys.KeyPair pair = CurveKeys.generate();
    CurveKeys.write(pair, dir.resolve("keys"), "w1", false);

    Inventory inventory = parse("workers:\n" + OK_ENTRY
        + "    curve_server_key_file: keys/w1.pub\n");

    assertThat(inventory.workers().get(0).curveServerKey()).hasValue(pair.publicKey());
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("not a list", "workers: 3\n", "key 'workers' must be a list"),
        Arguments.of("empty document", "", "key 'workers' must be a list"),
        Arguments.of("not yaml", "workers: [ {name: a, ", "not valid YAML"),
        Arguments.of("entry not a map", "workers:\n  - just-a-string\n", "workers[0] must be a map"),
        Arguments.of("no name", "workers:\n  - host: h\n", "workers[0]: key 'name' is required"),
        Arguments.of("bad name", "workers:\n  - name: \"a b\"\n", "key 'name' must match"),
        Arguments.of("no endpoint", "workers:\n  - name: a\n    host: h\n    backend: embedded\n",
            "workers[0] (a): key 'endpoint' is required"),
        Arguments.of("endpoint not a string", OK_ENTRY.replace("tcp://127.0.0.1:5601", "[1]")
            .replace("  - ", "workers:\n  - "), "key 'endpoint' must be a non-empty string"),
        Arguments.of("bad endpoint", "workers:\n" + OK_ENTRY.replace("tcp://127.0.0.1:5601",
            "http://secret-host-xyz/"), "key 'endpoint' must be tcp://HOST:PORT"),
        Arguments.of("bad backend", "workers:\n" + OK_ENTRY.replace("embedded", "quantum"),
            "key 'backend' must be one of"),
        Arguments.of("negative gpu", "workers:\n" + OK_ENTRY.replace("gpu: null", "gpu: -1"),
            "key 'gpu' must be null or an index >= 0"),
        Arguments.of("text gpu", "workers:\n" + OK_ENTRY.replace("gpu: null", "gpu: first"),
            "key 'gpu' must be null or an index >= 0"),
        Arguments.of("duplicate", "workers:\n" + OK_ENTRY + OK_ENTRY,
            "workers[1] (a): key 'name' must be unique"),
        Arguments.of("short key", "workers:\n" + OK_ENTRY + "    curve_server_key: SECRETVALUE\n",
            "key 'curve_server_key' must be a 40-character Z85 CURVE key"),
        Arguments.of("both keys", "workers:\n" + OK_ENTRY + "    curve_server_key: x\n"
            + "    curve_server_key_file: k.pub\n", "set only one of keys"),
        Arguments.of("missing key file", "workers:\n" + OK_ENTRY
            + "    curve_server_key_file: nowhere.pub\n",
            "key 'curve_server_key_file' cannot be read"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void invalidInventory_isRejectedNamingTheKey_withoutEchoingValues(String what, String yaml,
      String message) {
    assertThatThrownBy(() -> parse(yaml)).isInstanceOf(InventoryException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRETVALUE")
            .doesNotContain("secret-host-xyz").doesNotContain("quantum"));
  }

  @Test
  void oversizedFile_isRejected() throws Exception {
    Path big = dir.resolve("big.yaml");
    Files.write(big, new byte[(int) Inventory.MAX_FILE_BYTES + 1]);

    assertThatThrownBy(() -> Inventory.read(big)).isInstanceOf(InventoryException.class)
        .hasMessageContaining("larger than");
  }
}
