package io.veil.worker.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PeersTest {

  private static final PeerId A = new PeerId(new byte[] {0, 1});
  private static final PeerId B = new PeerId(new byte[] {0, 2});

  @Test
  void firstMessage_isNew_laterOnesAreNot_andIdentityComparesByContent() {
    Peers peers = new Peers(100);

    assertThat(peers.heard(A, 0)).isTrue();
    assertThat(peers.heard(new PeerId(new byte[] {0, 1}), 50)).isFalse();
    assertThat(peers.size()).isEqualTo(1);
  }

  @Test
  void peerSilentForMoreThanThreeIntervals_isForgotten_othersStay() {
    Peers peers = new Peers(100);
    peers.heard(A, 0);
    peers.heard(B, 250);

    assertThat(peers.expire(300)).isZero();
    assertThat(peers.expire(301)).isEqualTo(1);
    assertThat(peers.all()).containsExactly(B);
    assertThat(peers.heard(A, 302)).as("a forgotten peer is new again").isTrue();
  }

  @Test
  void remove_forgetsAPeerAtOnce() {
    Peers peers = new Peers(100);
    peers.heard(A, 0);

    peers.remove(A);

    assertThat(peers.size()).isZero();
  }
}
