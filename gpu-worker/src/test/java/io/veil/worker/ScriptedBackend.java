package io.veil.worker;

import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import io.veil.worker.backend.Backend;
import io.veil.worker.backend.BackendException;
import java.util.ArrayList;
import java.util.List;

/**
 * A test backend whose items say what it should do, so that integration tests can make a real
 * worker process slow or failing: {@code sleep:N} sleeps N ms before answering the batch, {@code
 * fail} fails the batch, anything else is answered sensitive when it contains '@'.
 */
final class ScriptedBackend implements Backend {

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public List<Message.ItemResult> classify(List<Message.Item> batch) throws BackendException {
    long sleep = 0;
    for (Message.Item item : batch) {
      if (item.content().equals("fail")) {
        throw new BackendException("scripted failure");
      }
      if (item.content().startsWith("sleep:")) {
        sleep = Math.max(sleep, Long.parseLong(item.content().substring(6)));
      }
    }
    try {
      Thread.sleep(sleep);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendException("interrupted");
    }
    List<Message.ItemResult> out = new ArrayList<>();
    for (Message.Item item : batch) {
      boolean at = item.content().contains("@");
      out.add(new Message.ItemResult(Message.ItemStatus.OK, new Decision(at, at ? 1.0 : 0.0),
          List.of()));
    }
    return out;
  }
}
