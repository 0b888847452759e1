package io.veil.worker;

import static io.veil.worker.supervisor.StandinServer.freePort;
import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import io.veil.protocol.Message;
import io.veil.worker.bench.WorkerClient;
import io.veil.worker.supervisor.StandinServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The packaged worker jar with {@code --backend cascade}, supervising the stand-in model server,
 * asked over real ZeroMQ from this process: model answers, DEGRADED answers while the model server
 * is down after a kill -9, then model answers again. The band is [0, 1] so that every item goes to
 * the model whatever the detector's confidences.
 */
@Timeout(90)
class CascadeWorkerIT {

  private static final Path JAR = Path.of("target/veil-gpu-worker.jar").toAbsolutePath();
  private static final Duration WAIT = Duration.ofSeconds(20);
  private static final List<Message.Item> ITEMS = List.of(
      new Message.Item("the token is SECRET", Category.PASSPORT, null),
      new Message.Item("order shipped on time", Category.PASSPORT, null),
      new Message.Item("id 123456789 on file", Category.SSN, "$.user.id"));

  private Process worker;
  private long nextId = 1;

  @AfterEach
  void stopWorker() throws Exception {
    if (worker != null && worker.isAlive()) {
      List<ProcessHandle> tree = worker.descendants().toList();
      worker.destroy();
      if (!worker.waitFor(20, TimeUnit.SECONDS)) {
        worker.destroyForcibly();
      }
      tree.forEach(ProcessHandle::destroyForcibly);
    }
  }

  private Process startWorker(int workerPort, int modelPort) throws Exception {
    assertThat(JAR).as("packaged worker jar").exists();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String standin = String.join(" ", StandinServer.command(0)).replace("--port 0", "--port {port}");
    Path log = Path.of("target/cascade-worker-it.log");
    return new ProcessBuilder(java, "-jar", JAR.toString(),
        "--bind", "tcp://127.0.0.1:" + workerPort, "--backend", "cascade",
        "--model-command", standin, "--model-url", "http://127.0.0.1:" + modelPort,
        "--gpu", "3", "--uncertain-low", "0", "--uncertain-high", "1",
        "--model-timeout-ms", "2000", "--drain-ms", "1000")
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private List<Message.ItemResult> ask(WorkerClient client) throws Exception {
    long id = nextId++;
    client.send(new Message.Request(id, System.currentTimeMillis() + 5_000, ITEMS));
    Message m = client.receiveMatching(Duration.ofSeconds(10),
        x -> x instanceof Message.Reply r && r.id() == id);
    assertThat(m).as("reply to request " + id).isNotNull();
    Message.Reply reply = (Message.Reply) m;
    assertThat(reply.backend()).isEqualTo("cascade");
    return reply.results();
  }

  /** Asks until every item is answered by the model (status OK), within {@code WAIT}. */
  private List<Message.ItemResult> askUntilModelAnswers(WorkerClient client) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    List<Message.ItemResult> r = ask(client);
    while (!r.stream().allMatch(x -> x.status() == Message.ItemStatus.OK)
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
      r = ask(client);
    }
    return r;
  }

  private long standinPid() {
    return worker.descendants().filter(h -> h.info().commandLine().orElse("")
        .contains("standin_model_server.py")).mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
  }

  @Test
  void cascadeWorker_answersFromTheModel_degradesAfterKillMinus9_andRecovers() throws Exception {
    int workerPort = freePort();
    worker = startWorker(workerPort, freePort());
    try (WorkerClient client = new WorkerClient("tcp://127.0.0.1:" + workerPort)) {
      assertThat(Requests.greet(client).backend()).isEqualTo("cascade");

      List<Message.ItemResult> first = askUntilModelAnswers(client);
      assertThat(first).extracting(Message.ItemResult::status)
          .containsOnly(Message.ItemStatus.OK);
      assertThat(first).extracting(x -> x.decision().confidence()).containsExactly(0.97, 0.03, 0.9);
      long pid = standinPid();
      assertThat(pid).isPositive();

      ProcessHandle standin = ProcessHandle.of(pid).orElseThrow();
      standin.destroyForcibly();
      // Once it has exited its port refuses connections: no answer can come from it any more.
      standin.onExit().get(5, TimeUnit.SECONDS);
      // The worker restarts the server after a one-second back-off: meanwhile, the detector.
      List<Message.ItemResult> during = ask(client);
      assertThat(during).extracting(Message.ItemResult::status)
          .containsOnly(Message.ItemStatus.DEGRADED);

      List<Message.ItemResult> after = askUntilModelAnswers(client);
      assertThat(after).extracting(Message.ItemResult::status)
          .containsOnly(Message.ItemStatus.OK);
      assertThat(after).extracting(x -> x.decision().confidence()).containsExactly(0.97, 0.03, 0.9);
      assertThat(standinPid()).isPositive().isNotEqualTo(pid);
    }
    List<ProcessHandle> tree = worker.descendants().toList();
    worker.destroy();
    assertThat(worker.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(tree).noneMatch(ProcessHandle::isAlive);
    assertThat(Files.readString(Path.of("target/cascade-worker-it.log")))
        .contains("model server launched").doesNotContain("SECRET");
  }
}
