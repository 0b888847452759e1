package io.veil.worker.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The gateways this worker has heard from, with when it last heard from each. Used by the socket
 * thread only, so not synchronized.
 */
final class Peers {

  /** Missed heartbeats after which a peer is forgotten, as in the zguide's Paranoid Pirate. */
  static final int LIVENESS = 3;

  private final Map<PeerId, Long> lastHeard = new HashMap<>();
  private final long heartbeatMillis;

  Peers(long heartbeatMillis) {
    this.heartbeatMillis = heartbeatMillis;
  }

  /** Notes that {@code peer} was heard at {@code nowMillis}; true when it is new. */
  boolean heard(PeerId peer, long nowMillis) {
    return lastHeard.put(peer, nowMillis) == null;
  }

  /** Forgets a peer that said goodbye. */
  void remove(PeerId peer) {
    lastHeard.remove(peer);
  }

  /** Forgets the peers not heard for {@link #LIVENESS} intervals; returns how many. */
  int expire(long nowMillis) {
    int n = 0;
    for (Iterator<Long> it = lastHeard.values().iterator(); it.hasNext(); ) {
      if (nowMillis - it.next() > LIVENESS * heartbeatMillis) {
        it.remove();
        n++;
      }
    }
    return n;
  }

  /** The known peers, copied. */
  List<PeerId> all() {
    return new ArrayList<>(lastHeard.keySet());
  }

  int size() {
    return lastHeard.size();
  }
}
