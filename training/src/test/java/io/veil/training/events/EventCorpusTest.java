package io.veil.training.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.training.dataset.Jsonl;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventCorpusTest {

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.]+");

  @Test
  void corpus_hasSizedEvents_verbatimPlants_andTheAskedShare(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("events.jsonl");
    EventCorpus.write(3, 600, 0.3, f);
    List<String> lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    assertThat(lines).hasSize(600);
    int withPlants = 0;
    for (String line : lines) {
      JsonNode n = Jsonl.MAPPER.readTree(line);
      String event = Jsonl.MAPPER.writeValueAsString(n.get("event"));
      assertThat(event.getBytes(StandardCharsets.UTF_8).length).isBetween(EventCorpus.MIN_BYTES, EventCorpus.MAX_BYTES);
      assertThat(n.at("/event/properties/payload").asText()).startsWith("{");
      JsonNode planted = n.get("planted");
      if (planted.size() > 0) {
        withPlants++;
      } else {
        assertThat(EMAIL.matcher(event).find()).as("clean event holds no email").isFalse();
      }
      for (JsonNode p : planted) {
        assertThat(p.get("category").asText()).isNotBlank();
        assertThat(event).contains(p.get("value").asText());
      }
    }
    assertThat(withPlants).isBetween(140, 220);
  }

  @Test
  void sameSeed_sameCorpus(@TempDir Path dir) throws Exception {
    EventCorpus.write(8, 50, 0.5, dir.resolve("a"));
    EventCorpus.write(8, 50, 0.5, dir.resolve("b"));
    assertThat(Files.readAllBytes(dir.resolve("a"))).isEqualTo(Files.readAllBytes(dir.resolve("b")));
  }
}
