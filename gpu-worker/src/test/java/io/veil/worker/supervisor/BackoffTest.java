package io.veil.worker.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void delays_doubleFromOneSecond_andStopAtThirtyTwo() {
    Backoff b = new Backoff(Backoff.INITIAL, Backoff.MAX);
    List<Long> seconds = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      seconds.add(b.nextDelay().toSeconds());
    }
    assertThat(seconds).containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 32L, 32L);
    assertThat(b.failures()).isEqualTo(8);
  }

  @Test
  void reset_startsAgainFromTheInitialDelay() {
    Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(250));
    b.nextDelay();
    assertThat(b.nextDelay()).isEqualTo(Duration.ofMillis(200));
    assertThat(b.nextDelay()).isEqualTo(Duration.ofMillis(250));
    b.reset();
    assertThat(b.failures()).isZero();
    assertThat(b.nextDelay()).isEqualTo(Duration.ofMillis(100));
  }

  @Test
  void maxBelowInitial_isRejected() {
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
