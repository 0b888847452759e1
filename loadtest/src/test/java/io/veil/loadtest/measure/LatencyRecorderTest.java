package io.veil.loadtest.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.veil.loadtest.corpus.Planted;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatencyRecorderTest {
    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;

    @ParameterizedTest
    @CsvSource({
        // intended, sent, done (ms) -> corrected, uncorrected (µs)
        "0, 0, 5, 5000, 5000",
        "0, 900, 905, 905000, 5000",     // waited 900 ms behind a stall: only the corrected figure sees it
        "100, 100, 100, 1, 1",           // zero is clamped to the histogram's lowest value
    })
    void latency_isMeasuredFromIntendedAndFromActualSendTime(long intended, long sent, long done,
                                                             long corrected, long uncorrected) {
        assertThat(LatencyRecorder.correctedMicros(intended * MS, done * MS)).isEqualTo(corrected);
        assertThat(LatencyRecorder.uncorrectedMicros(sent * MS, done * MS)).isEqualTo(uncorrected);
    }

    @Test
    void serverStall_showsInCorrectedPercentiles_butHidesFromUncorrected() {
        // wrk2's example: 100 requests/s for 10 s; the server stalls for 1 s at t = 5 s. A closed-loop
        // client would send one request that waits 1 s; an open loop keeps sending 100 that queue.
        LatencyRecorder recorder = new LatencyRecorder(0);
        for (int i = 0; i < 1000; i++) {
            long intended = i * 10 * MS;
            long stallEnd = 6 * SECOND;
            boolean stalled = intended >= 5 * SECOND && intended < stallEnd;
            // During the stall, requests are written only when a connection frees at its end.
            long sent = stalled ? stallEnd : intended;
            long done = sent + MS;
            recorder.record(intended, sent, done, Outcome.OK);
        }
        RunResult r = recorder.result("stall", 100, 10);
        assertThat(r.uncorrected().p99()).isCloseTo(1.0, within(0.01));
        assertThat(r.uncorrected().max()).isCloseTo(1.0, within(0.01));
        // 10 % of requests waited between 1 ms and 1 s, so p90 is near 1 ms and p99 near 900 ms.
        assertThat(r.corrected().p99()).isCloseTo(901, within(5.0));
        assertThat(r.corrected().max()).isCloseTo(1001, within(5.0));
        assertThat(r.achievedRate()).isEqualTo(100);
    }

    @Test
    void warmup_isNeitherTimedNorCounted_butItsLeaksAre() {
        LatencyRecorder recorder = new LatencyRecorder(SECOND);
        recorder.record(SECOND - 1, SECOND - 1, 2 * SECOND, Outcome.OK);
        recorder.record(SECOND - 1, 0, SECOND, Outcome.ERROR);
        recorder.recordLeaks(List.of(new Planted("email", "a@b.co")));
        recorder.record(SECOND, SECOND, SECOND + 2 * MS, Outcome.OK);
        RunResult r = recorder.result("warm", 1, 1);
        assertThat(r.scheduled()).isEqualTo(1);
        assertThat(r.errors()).isZero();
        assertThat(r.corrected().max()).isCloseTo(2.0, within(0.01));
        assertThat(r.leaks()).isEqualTo(1);
        assertThat(r.leaksByCategory()).containsEntry("email", 1L);
    }

    @Test
    void outcomes_areCountedApart_andOnlyAnsweredOrTimedOutAreTimed() {
        LatencyRecorder recorder = new LatencyRecorder(0);
        recorder.record(0, 1, 2 * MS, Outcome.OK);
        recorder.record(0, 1, 2 * MS, Outcome.OK, true);
        recorder.record(0, 1, 3 * MS, Outcome.NON_2XX);
        recorder.record(0, 1, 5 * SECOND, Outcome.TIMEOUT);
        recorder.record(0, 0, 1, Outcome.ERROR);
        recorder.record(0, 0, 1, Outcome.DROPPED);
        recorder.record(0, 0, 1, Outcome.DROPPED);
        RunResult r = recorder.result("mix", 6, 1);
        assertThat(List.of(r.ok(), r.degraded(), r.non2xx(), r.timeouts(), r.errors(), r.dropped()))
                .containsExactly(2L, 1L, 1L, 1L, 1L, 2L);
        assertThat(r.scheduled()).isEqualTo(7);
        assertThat(r.failed()).isEqualTo(5);
        assertThat(r.corrected().count()).isEqualTo(4);
        assertThat(r.corrected().max()).isCloseTo(5000, within(5.0));
        assertThat(r.timeline()).singleElement().satisfies(p -> {
            assertThat(p.answered()).isEqualTo(4);
            assertThat(p.failed()).isEqualTo(5);
            assertThat(p.degraded()).isEqualTo(1);
        });
    }
}
