package io.veil.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.veil.protocol.Category;
import io.veil.protocol.Message;
import io.veil.protocol.ProtocolException;
import io.veil.worker.bench.WorkerClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for integration tests that talk to a worker through a {@link WorkerClient}. */
final class Requests {

  static final Duration WAIT = Duration.ofSeconds(10);

  private Requests() {}

  /** A request for email items with a deadline {@code deadlineMs} from now. */
  static Message.Request request(long id, long deadlineMs, String... contents) {
    List<Message.Item> items = new ArrayList<>();
    for (String c : contents) {
      items.add(new Message.Item(c, Category.EMAIL, "$.note"));
    }
    return new Message.Request(id, System.currentTimeMillis() + deadlineMs, items);
  }

  /** Says hello (see {@link WorkerClient#handshake}) and returns the worker's READY. */
  static Message.Ready greet(WorkerClient client) throws ProtocolException {
    Message.Ready ready = client.handshake(Duration.ofSeconds(20));
    if (client.reconnects() > 0) {
      System.out.println("handshake needed " + client.reconnects() + " fresh connection(s)");
    }
    return ready != null ? ready : fail("no READY within 20 s");
  }

  /** The next reply or error, skipping heartbeats. */
  static Message answer(WorkerClient client) throws ProtocolException {
    Message m = client.receiveMatching(WAIT,
        x -> x instanceof Message.Reply || x instanceof Message.Error);
    assertThat(m).as("an answer within %s", WAIT).isNotNull();
    return m;
  }

  /** The id of a reply or error. */
  static long idOf(Message m) {
    return m instanceof Message.Reply r ? r.id() : ((Message.Error) m).id();
  }
}
