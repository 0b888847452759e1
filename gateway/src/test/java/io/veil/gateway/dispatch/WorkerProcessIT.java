package io.veil.gateway.dispatch;

import static io.veil.gateway.dispatch.TestFleet.await;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.veil.gateway.dispatch.DispatchException.Reason;
import io.veil.protocol.Category;
import io.veil.protocol.Message;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dispatcher against the real packaged worker ({@code gpu-worker/target/veil-gpu-worker.jar},
 * embedded backend) in a separate process: answers, then {@code kill -9}, fail-safe failures, and
 * recovery after a restart on the same endpoint without restarting the dispatcher.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class WorkerProcessIT {

  private static final Path JAR = Path.of("../gpu-worker/target/veil-gpu-worker.jar");
  /** A JVM start plus detector warm-up on a busy two-core host. */
  private static final Duration START_WAIT = Duration.ofSeconds(60);
  private static final Duration HEARTBEAT = Duration.ofMillis(200);
  private static final String EMAIL = "jane.doe@example.com";
  private static final List<Message.Item> ITEMS = List.of(
      new Message.Item("please write to " + EMAIL + " today", Category.EMAIL, "$.note"),
      new Message.Item("nothing to see here", Category.EMAIL, "$.other"));

  @TempDir Path dir;
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private Process worker;
  private ZmqDispatcher dispatcher;

  @BeforeAll
  static void packagedWorkerExists() {
    assertThat(JAR).as("the packaged worker; `mvn -pl gateway -am verify` builds it first")
        .exists();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (dispatcher != null) {
      dispatcher.close();
    }
    if (worker != null) {
      worker.destroyForcibly();
      worker.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private Process startWorker(int port, String logName) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx256m", "-jar", JAR.toString(),
        "--bind", "tcp://127.0.0.1:" + port, "--backend", "embedded", "--name", "it-worker",
        "--heartbeat-ms", String.valueOf(HEARTBEAT.toMillis()))
        .redirectErrorStream(true).redirectOutput(dir.resolve(logName).toFile()).start();
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static long in(long millis) {
    return System.currentTimeMillis() + millis;
  }

  private static Reason reasonOf(CompletableFuture<?> future) {
    try {
      future.join();
      throw new AssertionError("completed normally while the worker was dead");
    } catch (CompletionException e) {
      return ((DispatchException) e.getCause()).reason();
    }
  }

  @Test
  void realWorker_answers_failsSafeAfterKill9_andRecoversAfterRestart() throws Exception {
    int port = freePort();
    Path inventory = dir.resolve("inventory.yaml");
    TestFleet.writeInventory(inventory,
        List.of(new TestFleet.Entry("it-worker", "tcp://127.0.0.1:" + port, null)));
    worker = startWorker(port, "worker-1.log");
    dispatcher = new ZmqDispatcher(DispatchConfig.defaults().withHeartbeatInterval(HEARTBEAT)
        .withReconnect(Duration.ofMillis(100), Duration.ofMillis(400)), inventory, registry);
    await(START_WAIT, "worker live", dispatcher::anyLive);

    List<Message.ItemResult> results = dispatcher.classify(ITEMS, in(5_000))
        .get(10, TimeUnit.SECONDS);

    assertThat(results.get(0).decision().sensitive()).isTrue();
    assertThat(results.get(0).spans()).singleElement().satisfies(span -> assertThat(
        ITEMS.get(0).content().substring(span.start(), span.end())).isEqualTo(EMAIL));
    assertThat(results.get(1).decision().sensitive()).isFalse();

    worker.destroyForcibly();
    assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
    long killed = System.nanoTime();
    while (dispatcher.anyLive() && System.nanoTime() - killed < Duration.ofSeconds(5).toNanos()) {
      assertThat(reasonOf(dispatcher.classify(ITEMS, in(300))))
          .isIn(Reason.TIMEOUT, Reason.NO_LIVE_WORKER);
    }
    long deadAfterMillis = (System.nanoTime() - killed) / 1_000_000;
    assertThat(dispatcher.anyLive()).isFalse();
    assertThat(reasonOf(dispatcher.classify(ITEMS, in(1_000)))).isEqualTo(Reason.NO_LIVE_WORKER);

    long restarted = System.nanoTime();
    worker = startWorker(port, "worker-2.log");
    await(START_WAIT, "restarted worker live", dispatcher::anyLive);
    long recoveredAfterMillis = (System.nanoTime() - restarted) / 1_000_000;

    assertThat(dispatcher.classify(ITEMS, in(5_000)).get(10, TimeUnit.SECONDS)).hasSize(2);
    System.out.printf("kill -9: declared dead after %d ms; restart: live again after %d ms%n",
        deadAfterMillis, recoveredAfterMillis);
    assertThat(Files.readString(dir.resolve("worker-1.log"))).doesNotContain(EMAIL);
  }
}
