package io.veil.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingMainTest {

  @Test
  void generateEvalCalibrateExport_endToEnd(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    assertThat(TrainingMain.run("generate", "--seed", "1", "--out", data.toString(), "--size", "450")).isZero();
    assertThat(TrainingMain.run("eval", "--data", data.resolve("test.jsonl").toString(),
        "--backend", "embedded", "--report", dir.resolve("rep").toString())).isZero();
    assertThat(dir.resolve("rep/report.json")).exists();
    assertThat(dir.resolve("rep/report.md")).exists();
    assertThat(dir.resolve("rep/reliability.png")).exists();
    Path cal = dir.resolve("calibration.json");
    assertThat(TrainingMain.run("calibrate", "--data", data.resolve("val.jsonl").toString(),
        "--test", data.resolve("test.jsonl").toString(), "--out", cal.toString())).isZero();
    assertThat(Files.readString(cal)).contains("\"method\" : \"platt\"");
    assertThat(TrainingMain.run("export-llm", "--data", data.toString(), "--out",
        dir.resolve("llm").toString())).isZero();
    assertThat(dir.resolve("llm/dataset_info.json")).exists();
    assertThat(TrainingMain.run("events", "--seed", "2", "--count", "20", "--out",
        dir.resolve("events.jsonl").toString())).isZero();
    assertThat(Files.readAllLines(dir.resolve("events.jsonl"))).hasSize(20);
  }

  @Test
  void badLine_failsWithFieldName_andNeverEchoesContent(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.jsonl");
    Files.writeString(bad, "{\"content\":\"ssn 123-45-6789\",\"category\":{\"name\":\"nope\"},"
        + "\"label\":{\"is_sensitive\":true}}\n");
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int rc;
    try {
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      rc = TrainingMain.run("eval", "--data", bad.toString(), "--report", dir.resolve("r").toString());
    } finally {
      System.setErr(old);
    }
    assertThat(rc).isNotZero();
    String msg = err.toString(StandardCharsets.UTF_8);
    assertThat(msg).contains("line 1").contains("category.name").doesNotContain("123-45-6789");
  }

  @Test
  void unknownBackend_isRejectedByName(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("d");
    TrainingMain.run("generate", "--seed", "1", "--out", f.toString(), "--size", "30");
    assertThat(TrainingMain.run("eval", "--data", f.resolve("test.jsonl").toString(),
        "--backend", "ftp://x")).isNotZero();
  }
}
