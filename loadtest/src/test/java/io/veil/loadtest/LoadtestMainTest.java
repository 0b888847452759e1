package io.veil.loadtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LoadtestMainTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        zero rate               | --rate 0                         | 2 | rate must be a positive
        warm-up too long        | --duration 2s --warmup 2s        | 2 | warmup must be
        unreadable duration     | --duration soon                  | 2 | expected a duration
        non-http target         | --target ftp://127.0.0.1:1       | 2 | target must be an http
        bad SLO                 | --slo-max-failed 2               | 2 | slo-max-failed
        bad search              | --find-max --factor 1            | 2 | find-max needs
        missing corpus          | --corpus MISSING                 | 4 | cannot read corpus
        """)
    void badInvocation_exitsWithAClearMessage_beforeSendingAnything(String name, String args, int code, String message)
            throws Exception {
        Path corpus = dir.resolve("c.jsonl");
        Files.writeString(corpus, "{\"event\":{\"a\":1},\"planted\":[]}\n");
        String line = "--out " + dir + " " + args;
        line += args.contains("--target") ? "" : " --target http://127.0.0.1:9";
        line += args.contains("--corpus") ? "" : " --corpus " + corpus;
        line = line.replace("MISSING", dir.resolve("missing.jsonl").toString());
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int exit;
        try {
            exit = LoadtestMain.execute(line.split(" "));
        } finally {
            System.setErr(err);
        }
        assertThat(exit).as(name).isEqualTo(code);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains(message);
    }

    @ParameterizedTest
    @CsvSource({"500ms, 500", "60s, 60000", "1.5s, 1500", "2m, 120000", "1h, 3600000"})
    void durations_readInHumanUnits(String text, long millis) {
        assertThat(new DurationConverter().convert(text)).isEqualTo(Duration.ofMillis(millis));
    }
}
