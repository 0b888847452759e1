package io.veil.worker.server;

import java.util.Arrays;

/** A ROUTER peer's routing identity, compared by content. */
record PeerId(byte[] bytes) {

  @Override
  public boolean equals(Object o) {
    return o instanceof PeerId p && Arrays.equals(bytes, p.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    // Identities are random bytes chosen by ZeroMQ; a short hex prefix is enough for logs.
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(bytes.length, 5); i++) {
      sb.append(String.format("%02x", bytes[i]));
    }
    return sb.toString();
  }
}
