package io.veil.loadtest.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CorpusTest {

    @Test
    void read_keepsEventsInOrder_andCyclesThroughThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, """
                {"event":{"a":1},"planted":[]}

                {"event":{"mail":"x@y.io"},"planted":[{"category":"email","value":"x@y.io"}]}
                {"event":{"b":[1,2]}}
                """);
        Corpus corpus = Corpus.read(file);
        assertThat(corpus.size()).isEqualTo(3);
        assertThat(corpus.sensitiveCount()).isEqualTo(1);
        assertThat(new String(corpus.get(1).body())).isEqualTo("{\"mail\":\"x@y.io\"}");
        assertThat(corpus.get(4).planted()).containsExactly(new Planted("email", "x@y.io"));
        assertThat(corpus.get(5).planted()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        {"event":"secret-123"}                                       | field 'event' must be a JSON object
        {"event":{},"planted":"secret-123"}                          | field 'planted' must be an array
        {"event":{},"planted":[{"category":"email"}]}                | needs text 'category' and 'value'
        {"event":{"x":"secret-123"                                   | not valid JSON
        """)
    void badLine_isRefused_namingLineAndRule_withoutEchoingContent(String line, String rule) {
        assertThatThrownBy(() -> Corpus.parseLine(line, 7))
                .hasMessageContaining("line 7")
                .hasMessageContaining(rule)
                .hasMessageNotContaining("secret-123");
    }

    @Test
    void planted_toString_neverShowsTheValue() {
        assertThat(new Planted("ssn", "123-45-6789").toString()).doesNotContain("6789").contains("ssn");
    }
}
