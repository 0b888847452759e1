package io.veil.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class CurveKeysTest {

  @TempDir Path dir;

  @Test
  void command_writesAKeypairThatReadsBack() throws Exception {
    int exit = new CommandLine(new CurveKeys()).execute("--dir", dir.toString(), "--name", "w1");

    assertThat(exit).isZero();
    CurveKeys.KeyPair pair = CurveKeys.readPair(dir, "w1");
    assertThat(Files.readString(dir.resolve("w1.pub")).strip()).isEqualTo(pair.publicZ85())
        .hasSize(CurveKeys.Z85_KEY_LENGTH);
    assertThat(PosixFilePermissions.toString(
        Files.getPosixFilePermissions(dir.resolve("w1.secret")))).isEqualTo("rw-------");
  }

  @Test
  void existingFiles_areNotOverwrittenWithoutForce() throws Exception {
    CurveKeys.write(CurveKeys.generate(), dir, "w1", false);

    assertThatThrownBy(() -> CurveKeys.write(CurveKeys.generate(), dir, "w1", false))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(new CommandLine(new CurveKeys())
        .execute("--dir", dir.toString(), "--name", "w1", "--force")).isZero();
  }

  @Test
  void generatedKeypairs_differ_andToStringHidesTheSecret() {
    CurveKeys.KeyPair one = CurveKeys.generate();
    CurveKeys.KeyPair two = CurveKeys.generate();

    assertThat(one.publicKey()).isNotEqualTo(two.publicKey());
    assertThat(one.toString()).contains(one.publicZ85()).contains("<hidden>")
        .doesNotContain(zmq.util.Z85.encode(one.secretKey(), 32));
  }

  @Test
  void decode_rejectsKeysThatAreNotFortyZ85Characters_withoutEchoingThem() {
    for (String bad : new String[] {"", "short", "x".repeat(41), "\"".repeat(40)}) {
      assertThatThrownBy(() -> CurveKeys.decode(bad, "the key"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("the key must be a 40-character Z85 CURVE key");
    }
  }

  @Test
  void badName_isRejected() {
    assertThatThrownBy(() -> CurveKeys.write(CurveKeys.generate(), dir, "../escape", false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("name must match");
  }
}
