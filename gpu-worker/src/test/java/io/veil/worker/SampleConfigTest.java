package io.veil.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SampleConfigTest {

  @Test
  void sampleConfig_loadsAndNamesEveryKnownKey() throws Exception {
    Path sample = Path.of("worker.sample.yaml");

    WorkerConfig c = ConfigLoader.load(sample, Map.of(), Map.of());

    assertThat(c.name()).isEqualTo("worker-1");
    assertThat(ConfigLoader.readFile(sample).keySet())
        .containsExactlyInAnyOrderElementsOf(WorkerConfig.keys());
  }
}
