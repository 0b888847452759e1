package io.veil.worker;

import static io.veil.worker.Requests.answer;
import static io.veil.worker.Requests.greet;
import static io.veil.worker.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Message;
import io.veil.worker.bench.WorkerClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker process whose backend is slow or fails on command, with one backend thread, one item
 * per batch and room for three queued items: overload, expiry and failures over real ZeroMQ.
 */
class ScriptedWorkerIT {

  private static WorkerProcess worker;
  private static String endpoint;

  @BeforeAll
  static void start() throws Exception {
    worker = WorkerProcess.withTestBackends("--bind", "tcp://127.0.0.1:*", "--backend",
        "scripted", "--threads", "1", "--max-batch", "1", "--max-wait-ms", "0",
        "--queue-capacity", "3");
    endpoint = worker.endpoint();
  }

  @AfterAll
  static void stop() throws Exception {
    worker.close();
  }

  @Test
  void fullQueue_isAnsweredOverloadedAtOnce_andQueuedWorkStillCompletes() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      // Whether or not the backend thread has taken request 1's item yet, requests 1 and 2 fit
      // the queue of three and request 3 does not.
      client.send(request(1, 10_000, "sleep:1000"));
      client.send(request(2, 10_000, "a", "b"));
      client.send(request(3, 10_000, "c", "d"));

      Message first = answer(client);
      Message second = answer(client);
      Message third = answer(client);

      assertThat(first).isInstanceOf(Message.Error.class);
      assertThat(((Message.Error) first).id()).isEqualTo(3);
      assertThat(((Message.Error) first).code()).isEqualTo("OVERLOADED");
      assertThat(((Message.Error) first).message()).contains("queue full");
      assertThat(second).isInstanceOf(Message.Reply.class);
      assertThat(((Message.Reply) second).id()).isEqualTo(1);
      assertThat(((Message.Reply) third).id()).isEqualTo(2);
    }
  }

  @Test
  void itemWhoseDeadlinePassesWhileQueued_isExpired() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      client.send(request(21, 10_000, "sleep:400"));
      client.send(request(22, 150, "waiting@example.com"));

      Message.Reply slow = (Message.Reply) answer(client);
      Message.Reply late = (Message.Reply) answer(client);

      assertThat(slow.results().get(0).status()).isEqualTo(Message.ItemStatus.OK);
      assertThat(late.id()).isEqualTo(22);
      assertThat(late.results().get(0).status()).isEqualTo(Message.ItemStatus.EXPIRED);
      assertThat(late.queueMicros()).isGreaterThanOrEqualTo(150_000);
    }
  }

  @Test
  void backendFailure_isAnsweredInternal_andTheNextRequestIsServed() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      client.send(request(31, 10_000, "fail"));
      client.send(request(32, 10_000, "ok@example.com"));

      Message.Error error = (Message.Error) answer(client);
      Message.Reply reply = (Message.Reply) answer(client);

      assertThat(error).isEqualTo(new Message.Error(31, "INTERNAL", "scripted failure"));
      assertThat(reply.results().get(0).decision().sensitive()).isTrue();
    }
  }
}
