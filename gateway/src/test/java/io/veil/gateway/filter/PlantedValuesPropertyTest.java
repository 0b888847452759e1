package io.veil.gateway.filter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.testing.BrokenDispatcher;
import io.veil.gateway.testing.EmbeddedDispatcher;
import io.veil.gateway.testing.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Random events with e-mail addresses planted in values, keys, URL parameters and JSON inside
 * strings: whether the workers answer or fail, the output is valid JSON and holds no planted
 * value. Seeded, so a failure reproduces.
 */
class PlantedValuesPropertyTest {

  private static final int EVENTS = 100;

  @ParameterizedTest(name = "workers {0}")
  @ValueSource(strings = {"answer", "fail"})
  void noPlantedValueSurvives(String mode) throws Exception {
    Random rnd = new Random(42);
    Dispatcher d = mode.equals("answer") ? new EmbeddedDispatcher() : BrokenDispatcher.noWorker();
    EventFilter filter = Fixtures.filter(Fixtures.config(), d, Fixtures.registry());
    for (int i = 0; i < EVENTS; i++) {
      List<String> planted = new ArrayList<>();
      String event = object(rnd, 0, planted);
      FilterResult r = Fixtures.run(filter, event);
      String out = Fixtures.write(Fixtures.config(), r.event());
      JsonNode reparsed = Fixtures.MAPPER.readTree(out);
      assertThat(reparsed).as("event %d", i).isNotNull();
      for (String p : planted) {
        assertThat(out).as("event %d: %s", i, event).doesNotContain(p);
      }
      if (mode.equals("answer")) {
        assertThat(r.degraded()).isFalse();
      } else if (!planted.isEmpty()) {
        assertThat(r.degraded()).isTrue();
      }
    }
  }

  private static String email(Random rnd, List<String> planted) {
    String e = "user" + rnd.nextInt(1_000_000) + ".x@mail" + rnd.nextInt(100) + ".example.com";
    planted.add(e);
    return e;
  }

  private static String object(Random rnd, int depth, List<String> planted) throws Exception {
    StringBuilder b = new StringBuilder("{");
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      String key = rnd.nextInt(8) == 0 ? email(rnd, planted) : "k" + depth + "_" + i;
      b.append(i == 0 ? "" : ",").append('"').append(key).append("\":")
          .append(value(rnd, depth + 1, planted));
    }
    return b.append('}').toString();
  }

  private static String value(Random rnd, int depth, List<String> planted) throws Exception {
    int pick = depth > 4 ? 3 + rnd.nextInt(4) : rnd.nextInt(8);
    switch (pick) {
      case 0:
        return object(rnd, depth, planted);
      case 1:
        return "[" + value(rnd, depth + 1, planted) + "," + value(rnd, depth + 1, planted) + "]";
      case 2:
        return Fixtures.MAPPER.writeValueAsString(object(rnd, depth + 1, planted));
      case 3:
        return "\"https://s.test/p?q=" + rnd.nextInt(9) + "&to=" + email(rnd, planted)
            + "&z=1\"";
      case 4:
        return "\"note for " + email(rnd, planted) + " at noon\"";
      case 5:
        return rnd.nextBoolean() ? "12345678901234567890" : "3.14159";
      default:
        return "\"plain text " + rnd.nextInt(10) + "\"";
    }
  }
}
