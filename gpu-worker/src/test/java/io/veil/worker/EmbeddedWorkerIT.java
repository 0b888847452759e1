package io.veil.worker;

import static io.veil.worker.Requests.answer;
import static io.veil.worker.Requests.greet;
import static io.veil.worker.Requests.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import io.veil.worker.bench.WorkerClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.msgpack.core.MessageBufferPacker;
import org.msgpack.core.MessagePack;

/** The packaged worker jar with the embedded backend, in its own process, over real ZeroMQ. */
class EmbeddedWorkerIT {

  private static final int HEARTBEAT_MS = 200;
  private static WorkerProcess worker;
  private static String endpoint;

  @BeforeAll
  static void start() throws Exception {
    worker = WorkerProcess.jar("--bind", "tcp://127.0.0.1:*", "--backend", "embedded",
        "--name", "it-worker", "--queue-capacity", "512", "--heartbeat-ms",
        String.valueOf(HEARTBEAT_MS), "--threads", "2");
    endpoint = worker.endpoint();
  }

  @AfterAll
  static void stop() throws Exception {
    worker.close();
  }

  @Test
  void ready_arrivesOnFirstMessage_withNameBackendAndCapacity() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      assertThat(greet(client)).isEqualTo(new Message.Ready("it-worker", "embedded", 512));
    }
  }

  @Test
  void pipelinedRequests_eachGetTheirReply_withResultsInItemOrder() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      for (long id = 1; id <= 20; id++) {
        client.send(new Message.Request(id, System.currentTimeMillis() + 10_000, List.of(
            new Message.Item("mail user" + id + "@example.com now", Category.EMAIL, "$.a"),
            new Message.Item("plain words " + id, Category.EMAIL, "$.b"))));
      }
      Map<Long, Message.Reply> replies = new HashMap<>();
      for (int i = 0; i < 20; i++) {
        Message.Reply r = (Message.Reply) answer(client);
        replies.put(r.id(), r);
      }

      assertThat(replies).hasSize(20);
      for (long id = 1; id <= 20; id++) {
        Message.Reply r = replies.get(id);
        assertThat(r.backend()).isEqualTo("embedded");
        assertThat(r.results()).extracting(x -> x.decision().sensitive())
            .containsExactly(true, false);
        Message.Span span = r.results().get(0).spans().get(0);
        assertThat(("mail user" + id + "@example.com now").substring(span.start(), span.end()))
            .isEqualTo("user" + id + "@example.com");
      }
    }
  }

  @Test
  void itemsPastTheirDeadline_areAnsweredExpired() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      client.send(request(7, -1_000, "late@example.com"));

      Message.Reply r = (Message.Reply) answer(client);

      assertThat(r.results()).extracting(Message.ItemResult::status)
          .containsExactly(Message.ItemStatus.EXPIRED);
    }
  }

  @Test
  void requestLargerThanTheQueue_isAnsweredOverloaded() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      String[] contents = new String[513];
      java.util.Arrays.fill(contents, "x");
      client.send(request(8, 10_000, contents));

      Message.Error e = (Message.Error) answer(client);

      assertThat(e.id()).isEqualTo(8);
      assertThat(e.code()).isEqualTo("OVERLOADED");
    }
  }

  @Test
  void badFrames_getBadRequestWhenTheIdIsKnown_andTheWorkerStaysUp() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      client.sendFrames("not msgpack at all".getBytes(StandardCharsets.UTF_8));
      client.sendFrames(frame(ordered("v", 1, "t", "req", "id", 11, "dl", 1,
          "it", List.of(ordered("c", "x", "k", "nonsense")))));
      client.sendFrames(MessageCodec.encode(request(12, 10_000, "x")), new byte[] {1});
      // The version comes after the id, so the worker knows whom to tell.
      client.sendFrames(frame(ordered("t", "req", "id", 13, "v", 99)));
      client.send(request(14, 10_000, "still@example.com"));

      List<Message> answers = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        answers.add(answer(client));
      }

      assertThat(answers.subList(0, 3)).extracting(m -> ((Message.Error) m).code())
          .containsExactly("BAD_REQUEST", "BAD_REQUEST", "UNSUPPORTED_VERSION");
      assertThat(answers.subList(0, 3)).extracting(Requests::idOf).containsExactly(11L, 12L, 13L);
      assertThat(((Message.Error) answers.get(0)).message()).contains("category")
          .doesNotContain("nonsense");
      assertThat(answers.get(3)).isInstanceOf(Message.Reply.class);
      assertThat(((Message.Reply) answers.get(3)).results().get(0).decision().sensitive())
          .isTrue();
    }
  }

  @Test
  void randomFrames_neverStopTheWorker() throws Exception {
    java.util.Random random = new java.util.Random(11);
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      for (int i = 0; i < 300; i++) {
        byte[] frame = new byte[random.nextInt(40)];
        random.nextBytes(frame);
        client.sendFrames(frame);
      }
      client.send(request(99, 10_000, "after@example.com"));

      Message m = client.receiveMatching(Requests.WAIT,
          x -> x instanceof Message.Reply r && r.id() == 99);

      assertThat(m).as("the worker still answers after 300 random frames").isNotNull();
    }
  }

  @Test
  void heartbeats_flowWhileThePeerTalks_andASilentPeerIsForgotten() throws Exception {
    try (WorkerClient client = new WorkerClient(endpoint)) {
      greet(client);
      int heartbeats = 0;
      int readies = 0;
      long until = System.nanoTime() + Duration.ofMillis(6 * HEARTBEAT_MS).toNanos();
      while (System.nanoTime() < until) {
        client.send(new Message.Heartbeat());
        Message m = client.receive(Duration.ofMillis(HEARTBEAT_MS / 2));
        heartbeats += m instanceof Message.Heartbeat ? 1 : 0;
        readies += m instanceof Message.Ready ? 1 : 0;
      }
      assertThat(heartbeats).as("worker heartbeats while we talk").isGreaterThanOrEqualTo(3);
      assertThat(readies).as("no second READY while alive").isZero();

      // Silent for well over 3 intervals: the worker forgets us and stops its heartbeats.
      Thread.sleep(5L * HEARTBEAT_MS);
      while (client.receive(Duration.ZERO) != null) {
        // Discard what arrived before the worker forgot us.
      }
      assertThat(client.receive(Duration.ofMillis(2L * HEARTBEAT_MS))).as("no heartbeat to a"
          + " forgotten peer").isNull();

      assertThat(greet(client)).as("READY again after being forgotten").isNotNull();
    }
  }

  private static Map<String, Object> ordered(Object... kv) {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static byte[] frame(Map<String, Object> map) throws Exception {
    try (MessageBufferPacker p = MessagePack.newDefaultBufferPacker()) {
      pack(p, map);
      return p.toByteArray();
    }
  }

  private static void pack(MessageBufferPacker p, Object v) throws Exception {
    if (v instanceof Map<?, ?> m) {
      p.packMapHeader(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) {
        pack(p, e.getKey());
        pack(p, e.getValue());
      }
    } else if (v instanceof List<?> l) {
      p.packArrayHeader(l.size());
      for (Object o : l) {
        pack(p, o);
      }
    } else if (v instanceof Integer i) {
      p.packInt(i);
    } else {
      p.packString((String) v);
    }
  }
}
