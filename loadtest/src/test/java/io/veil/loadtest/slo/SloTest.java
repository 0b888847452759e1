package io.veil.loadtest.slo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.loadtest.measure.LatencySummary;
import io.veil.loadtest.measure.RunResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SloTest {

    /** A run of 10 s offered at {@code offered}/s with the given outcomes and corrected p99. */
    static RunResult run(double offered, long ok, long failed, long leaks, double p99Millis) {
        LatencySummary latency = new LatencySummary(ok, 1, 2, p99Millis, p99Millis, p99Millis, 1);
        return new RunResult("veil", offered, 10, ok + failed, ok, failed, 0, 0, 0, 0, leaks, leaks,
                Map.of(), latency, latency, List.of(), new Histogram(3), new Histogram(3), 0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        everything within                      | 2000 | 0  | 0 | 900  | true  |
        p99 over                               | 2000 | 0  | 0 | 1001 | false | corrected p99
        rate under                             | 990  | 0  | 0 | 10   | false | below the required 100.0/s
        a single leak fails a perfect run      | 2000 | 0  | 1 | 10   | false | came back unredacted
        failures within the 0.1 % budget       | 1998 | 2  | 0 | 10   | true  |
        failures over the budget               | 1990 | 10 | 0 | 10   | false | requests failed
        nothing measured                       | 0    | 0  | 0 | 0    | false | below the required
        """)
    void evaluate_failsOnEachObjectiveMissed(String name, long ok, long failed, long leaks, double p99,
                                              boolean holds, String reason) {
        Slo slo = new Slo(100, Duration.ofSeconds(1), 0.001);
        Verdict v = slo.evaluate(run(200, ok, failed, leaks, p99));
        assertThat(v.holds()).as(name).isEqualTo(holds);
        if (holds) {
            assertThat(v.reasons()).isEmpty();
        } else {
            assertThat(v.reasons()).anySatisfy(r -> assertThat(r).contains(reason));
        }
    }

    @ParameterizedTest
    @CsvSource({"1950, 0, true", "1950, 50, true", "1700, 100, false", "1000, 1000, false"})
    void searchStep_mustKeepUpWithWhatItsScheduleSent(long ok, long failed, boolean holds) {
        Slo slo = new Slo(0, Duration.ofSeconds(1), 1.0);
        assertThat(slo.evaluateStep(run(200, ok, failed, 0, 10)).holds()).isEqualTo(holds);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"-1, 1000, 0.1, slo-rate", "1, 0, 0.1, slo-p99", "1, 1000, 1.5, slo-max-failed"})
    void badObjectives_areRefused_namingTheOption(double rate, long p99Millis, double failed, String option) {
        assertThatThrownBy(() -> new Slo(rate, Duration.ofMillis(p99Millis), failed)).hasMessageContaining(option);
    }
}
