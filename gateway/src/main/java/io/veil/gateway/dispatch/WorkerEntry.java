package io.veil.gateway.dispatch;

import java.util.Arrays;
import java.util.Optional;

/**
 * One worker of the inventory, as validated by {@link Inventory#parse}.
 *
 * @param name unique name, used as the metrics label
 * @param host where the worker runs ({@code localhost} or an ssh host)
 * @param endpoint the ZeroMQ endpoint its ROUTER binds, which the gateway connects to
 * @param gpu GPU index, empty for a CPU-only worker
 * @param backend {@code embedded}, {@code model-server} or {@code cascade}
 * @param model the model path on the worker's host, empty when not used
 * @param curveServerKey the worker's 32-byte CURVE public key; empty means a plaintext link
 */
public record WorkerEntry(String name, String host, String endpoint, Optional<Integer> gpu,
    String backend, Optional<String> model, Optional<byte[]> curveServerKey) {

  public WorkerEntry {
    curveServerKey = curveServerKey.map(byte[]::clone);
  }

  @Override
  public Optional<byte[]> curveServerKey() {
    return curveServerKey.map(byte[]::clone);
  }

  /** Whether the gateway needs a new socket for {@code other}: another peer or another key. */
  boolean sameLink(WorkerEntry other) {
    return endpoint.equals(other.endpoint) && Arrays.equals(curveServerKey.orElse(null),
        other.curveServerKey.orElse(null));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkerEntry w && name.equals(w.name) && host.equals(w.host)
        && backend.equals(w.backend) && gpu.equals(w.gpu) && model.equals(w.model) && sameLink(w);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + endpoint.hashCode();
  }

  @Override
  public String toString() {
    return "WorkerEntry[name=" + name + ", endpoint=" + endpoint + ", backend=" + backend
        + ", curve=" + curveServerKey.isPresent() + "]";
  }
}
