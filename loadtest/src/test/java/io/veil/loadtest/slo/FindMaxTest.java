package io.veil.loadtest.slo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FindMaxTest {

    @ParameterizedTest(name = "capacity {0}")
    @CsvSource({
        // capacity, start, expected best (within 5 % below capacity), most runs
        "340, 100, 323, 11",
        "1000, 100, 950, 11",
        "150, 100, 142, 11",
        "99, 100, 0, 11",
    })
    void search_findsTheHighestHoldingRate_inBoundedSteps(double capacity, double start, double atLeast, int maxRuns) {
        List<Double> tried = new ArrayList<>();
        FindMax.Outcome<String> out = new FindMax(start, 1.5, 8, 3, 1_000_000)
                .search(rate -> {
                    tried.add(rate);
                    return new FindMax.Step<>(rate, rate <= capacity, "run@" + rate);
                });
        assertThat(out.bestRate()).isLessThanOrEqualTo(capacity).isGreaterThanOrEqualTo(atLeast);
        assertThat(tried).hasSizeLessThanOrEqualTo(maxRuns).doesNotHaveDuplicates();
        assertThat(out.steps()).hasSameSizeAs(tried);
        if (out.bestRate() > 0) {
            assertThat(out.best().result()).isEqualTo("run@" + out.bestRate());
        } else {
            assertThat(out.best()).isNull();
        }
    }

    @ParameterizedTest
    @CsvSource({"100, 250, 250", "100, 100, 100"})
    void search_neverOffersMoreThanMaxRate(double start, double maxRate, double best) {
        List<Double> tried = new ArrayList<>();
        FindMax.Outcome<Double> out = new FindMax(start, 2, 8, 3, maxRate).search(rate -> {
            tried.add(rate);
            return new FindMax.Step<>(rate, true, rate);
        });
        assertThat(tried).allSatisfy(r -> assertThat(r).isLessThanOrEqualTo(maxRate));
        assertThat(out.bestRate()).isEqualTo(best);
    }
}
