package io.veil.worker.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.worker.ConfigException;
import io.veil.worker.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import zmq.io.mechanism.curve.Curve;
import zmq.util.Z85;

class CurveServerKeysTest {

  @TempDir
  Path dir;

  private Path[] writePair() throws Exception {
    byte[][] pair = new Curve().keypair();
    Path pub = Files.writeString(dir.resolve("w.pub"), Z85.encode(pair[0], 32) + "\n");
    Path secret = Files.writeString(dir.resolve("w.secret"), Z85.encode(pair[1], 32) + "\n");
    return new Path[] {pub, secret};
  }

  @Test
  void validKeyFiles_load_andToStringHidesTheSecret() throws Exception {
    Path[] p = writePair();
    CurveServerKeys keys = CurveServerKeys.read(p[0], p[1]);
    assertThat(keys.publicZ85()).isEqualTo(Files.readString(p[0]).strip());
    assertThat(keys.toString()).contains("<hidden>")
        .doesNotContain(Files.readString(p[1]).strip());
  }

  @Test
  void notAKey_failsNamingTheFile_neverItsContent() throws Exception {
    Path[] p = writePair();
    Path bad = Files.writeString(dir.resolve("bad.secret"), "my-secret-text");
    assertThatThrownBy(() -> CurveServerKeys.read(p[0], bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.secret").hasMessageNotContaining("my-secret-text");
    assertThatThrownBy(() -> CurveServerKeys.read(dir.resolve("missing.pub"), p[1]))
        .hasMessageContaining("missing.pub");
  }

  @Test
  void config_withOnlyOneKeyFile_isRejected_withBoth_hasCurve_withNeither_isPlaintext()
      throws Exception {
    Path[] p = writePair();
    assertThatThrownBy(() -> ConfigLoader.load(null, Map.of(),
        Map.of("curve-public-key-file", p[0].toString())))
        .isInstanceOf(ConfigException.class).hasMessageContaining("together");
    assertThat(ConfigLoader.load(null, Map.of(), Map.of("curve-public-key-file",
        p[0].toString(), "curve-secret-key-file", p[1].toString())).curve()).isNotNull();
    assertThat(ConfigLoader.load(null, Map.of(), Map.of()).curve()).isNull();
  }
}
