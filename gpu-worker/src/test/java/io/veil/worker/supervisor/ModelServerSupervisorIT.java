package io.veil.worker.supervisor;

import static io.veil.worker.supervisor.StandinServer.await;
import static io.veil.worker.supervisor.StandinServer.command;
import static io.veil.worker.supervisor.StandinServer.control;
import static io.veil.worker.supervisor.StandinServer.fastConfig;
import static io.veil.worker.supervisor.StandinServer.freePort;
import static io.veil.worker.supervisor.StandinServer.url;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.detector.EmbeddedDetector;
import io.veil.protocol.Category;
import io.veil.protocol.Message;
import io.veil.worker.backend.BackendException;
import io.veil.worker.backend.ModelServerBackend;
import io.veil.worker.model.ModelClient;
import io.veil.worker.model.ModelException;
import io.veil.worker.model.ModelHttp;
import io.veil.worker.model.ModelProtocol;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The real supervisor and HTTP clients against {@code standin_model_server.py} as a real child
 * process: scoring, death, hangs, slow starts, crash loops, garbage and clean stops.
 */
@Timeout(60)
class ModelServerSupervisorIT {

  private static final Duration READY_WAIT = Duration.ofSeconds(10);
  private static final List<Message.Item> ITEMS = List.of(
      new Message.Item("the token is SECRET", Category.PASSPORT, null),
      new Message.Item("order shipped on time", Category.PASSPORT, null),
      new Message.Item("id 123456789 on file", Category.SSN, "$.user.id"));

  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private ModelServerSupervisor supervise(SupervisorConfig config) {
    ModelServerSupervisor s = new ModelServerSupervisor(config);
    toClose.add(s);
    s.start();
    return s;
  }

  private static ModelServerBackend backend(ModelServerSupervisor s, URI url,
      ModelProtocol protocol, Duration latencyBound) {
    ModelClient client = ModelClient.create(protocol, new ModelHttp(url, latencyBound), "standin");
    return new ModelServerBackend(s, client, EmbeddedDetector.create(), 0.5, READY_WAIT);
  }

  private static List<Double> confidences(List<Message.ItemResult> r) {
    return r.stream().map(x -> x.decision().confidence()).toList();
  }

  @ParameterizedTest
  @EnumSource(ModelProtocol.class)
  void readyServer_scoresABatch_overEitherProtocol(ModelProtocol protocol) throws Exception {
    int port = freePort();
    ModelServerSupervisor s = supervise(fastConfig(command(port), url(port)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();

    List<Message.ItemResult> r =
        backend(s, url(port), protocol, Duration.ofSeconds(2)).classify(ITEMS);

    assertThat(confidences(r)).usingElementComparator((a, b) -> Math.abs(a - b) < 1e-6 ? 0 : 1)
        .containsExactly(0.97, 0.03, 0.9);
    assertThat(r).extracting(x -> x.decision().sensitive()).containsExactly(true, false, true);
    assertThat(r.get(0).spans()).hasSize(1);
    assertThat(s.starts()).isEqualTo(1);
    assertThat(StandinServer.get(url(port), "/health")).contains("\"gpu\": \"7\"");
  }

  @Test
  void killMinus9_restartsAfterBackoff_andRecovers() throws Exception {
    int port = freePort();
    ModelServerSupervisor s = supervise(fastConfig(command(port), url(port)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();
    long first = s.pid();

    ProcessHandle.of(first).orElseThrow().destroyForcibly();

    assertThat(await(() -> s.starts() == 2 && s.state() == ServerState.READY, READY_WAIT)).isTrue();
    assertThat(s.pid()).isNotEqualTo(first).isPositive();
    assertThat(s.recentBackoffs()).containsExactly(Duration.ofMillis(100));
    assertThat(backend(s, url(port), ModelProtocol.VEIL, Duration.ofSeconds(2)).classify(ITEMS))
        .hasSize(3);
  }

  @Test
  void serverDyingMidRequest_failsTheBatchAsUnavailable_andIsRestarted() throws Exception {
    int port = freePort();
    ModelServerSupervisor s = supervise(fastConfig(command(port, "--mode", "die"), url(port)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();
    ModelServerBackend b = backend(s, url(port), ModelProtocol.OPENAI, Duration.ofSeconds(2));

    assertThatThrownBy(() -> b.classify(ITEMS)).isInstanceOf(BackendException.class)
        .hasMessageContaining("UNAVAILABLE");

    assertThat(await(() -> s.starts() == 2 && s.state() == ServerState.READY, READY_WAIT)).isTrue();
  }

  @Test
  void hungServer_isDetectedByMissedHealthProbes_killedAndRestarted() throws Exception {
    int port = freePort();
    ModelServerSupervisor s = supervise(fastConfig(command(port), url(port)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();
    long first = s.pid();

    control(url(port), "{\"mode\": \"hang\"}");

    assertThat(await(() -> s.starts() == 2 && s.state() == ServerState.READY, READY_WAIT)).isTrue();
    assertThat(ProcessHandle.of(first).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
    assertThat(backend(s, url(port), ModelProtocol.VEIL, Duration.ofSeconds(2)).classify(ITEMS))
        .hasSize(3);
  }

  @Test
  void answerSlowerThanTheLatencyBound_failsTheBatch_andCountsAsAHang() throws Exception {
    int port = freePort();
    // Health probes would never notice: only the scoring request is slow.
    ModelServerSupervisor s = supervise(fastConfig(command(port), url(port))
        .healthInterval(Duration.ofSeconds(30)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();
    control(url(port), "{\"mode\": \"slow\", \"delay_ms\": 5000}");
    ModelServerBackend b = backend(s, url(port), ModelProtocol.VEIL, Duration.ofMillis(1500));

    assertThatThrownBy(() -> b.classify(ITEMS)).isInstanceOf(BackendException.class)
        .hasMessageContaining("TIMEOUT");

    assertThat(await(() -> s.starts() == 2 && s.state() == ServerState.READY, READY_WAIT)).isTrue();
    assertThat(b.classify(ITEMS)).hasSize(3);
  }

  @Test
  void slowStart_isWaitedFor_withoutRestart() throws Exception {
    int port = freePort();
    long t0 = System.nanoTime();
    ModelServerSupervisor s = supervise(
        fastConfig(command(port, "--ready-delay-ms", "1500"), url(port)).build());

    assertThat(await(() -> s.state() == ServerState.STARTING && s.pid() > 0, READY_WAIT)).isTrue();
    assertThat(s.awaitReady(READY_WAIT)).isTrue();

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    assertThat(s.starts()).isEqualTo(1);
    assertThat(s.recentBackoffs()).isEmpty();
  }

  @Test
  void startTimeout_killsAndRestarts() throws Exception {
    int port = freePort();
    ModelServerSupervisor s = supervise(fastConfig(command(port, "--ready-delay-ms", "60000"),
        url(port)).startTimeout(Duration.ofMillis(500)).build());

    assertThat(await(() -> s.starts() >= 2, READY_WAIT)).isTrue();
    assertThat(s.state()).isNotEqualTo(ServerState.READY);
  }

  @Test
  void crashLoop_backsOffExponentially_andReadsDown() throws Exception {
    int port = freePort();
    long t0 = System.nanoTime();
    ModelServerSupervisor s = supervise(
        fastConfig(command(port, "--crash-on-start"), url(port)).build());
    List<ServerState> seen = new ArrayList<>();

    assertThat(await(() -> {
      seen.add(s.state());
      return s.recentBackoffs().size() >= 5;
    }, Duration.ofSeconds(20))).isTrue();

    assertThat(s.recentBackoffs().subList(0, 5)).containsExactly(Duration.ofMillis(100),
        Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
        Duration.ofMillis(800));
    // The fifth failure needs the first four back-offs to have been waited out in full.
    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    assertThat(seen).doesNotContain(ServerState.READY).contains(ServerState.DOWN);
    assertThat(s.awaitReady(Duration.ofMillis(200))).isFalse();
  }

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource({"text, VEIL", "short, VEIL", "nan, VEIL", "range, VEIL", "nulls, VEIL",
      "text, OPENAI", "short, OPENAI"})
  void garbageAnswer_isAFailure_neverADecision(String kind, ModelProtocol protocol)
      throws Exception {
    int port = freePort();
    ModelServerSupervisor s = supervise(fastConfig(command(port, "--mode", "garbage",
        "--garbage", kind), url(port)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();

    assertThatThrownBy(() -> backend(s, url(port), protocol, Duration.ofSeconds(2)).classify(ITEMS))
        .isInstanceOf(BackendException.class)
        .hasMessageContaining("BAD_ANSWER")
        .hasMessageNotContaining("SECRET")
        .hasCauseInstanceOf(ModelException.class);
  }

  @Test
  void close_stopsTheWholeProcessTree_leavingNoOrphan() throws Exception {
    int port = freePort();
    // A shell that waits on the server, as a launcher script would: the server is a grandchild.
    List<String> cmd = List.of("sh", "-c", String.join(" ", command(port)) + "; exit 0");
    ModelServerSupervisor s = supervise(fastConfig(cmd, url(port)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();
    ProcessHandle shell = ProcessHandle.of(s.pid()).orElseThrow();
    List<ProcessHandle> tree = shell.descendants().toList();
    assertThat(tree).isNotEmpty();

    s.close();

    assertThat(shell.isAlive()).isFalse();
    assertThat(tree).noneMatch(ProcessHandle::isAlive);
    assertThat(s.state()).isEqualTo(ServerState.DOWN);
  }

  @Test
  void close_sigkillsAServerThatIgnoresSigterm_afterTheGracePeriod() throws Exception {
    int port = freePort();
    // An ignored signal stays ignored across exec: neither the shell nor the server obeys TERM.
    List<String> cmd = List.of("sh", "-c", "trap '' TERM; " + String.join(" ", command(port))
        + "; exit 0");
    ModelServerSupervisor s = supervise(fastConfig(cmd, url(port))
        .stopGrace(Duration.ofMillis(700)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();
    ProcessHandle shell = ProcessHandle.of(s.pid()).orElseThrow();
    List<ProcessHandle> tree = shell.descendants().toList();

    long t0 = System.nanoTime();
    s.close();

    assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    assertThat(shell.isAlive()).isFalse();
    assertThat(tree).isNotEmpty().noneMatch(ProcessHandle::isAlive);
  }

  @Test
  void killMinus9OfALauncher_alsoKillsItsOrphanedServer_beforeRestarting() throws Exception {
    int port = freePort();
    List<String> cmd = List.of("sh", "-c", String.join(" ", command(port)) + "; exit 0");
    ModelServerSupervisor s = supervise(fastConfig(cmd, url(port)).build());
    assertThat(s.awaitReady(READY_WAIT)).isTrue();
    ProcessHandle shell = ProcessHandle.of(s.pid()).orElseThrow();
    Thread.sleep(300); // at least one health tick records the tree
    List<ProcessHandle> servers = shell.descendants().toList();

    shell.destroyForcibly();

    // The orphaned server would keep the port and make every restart fail.
    assertThat(await(() -> s.starts() == 2 && s.state() == ServerState.READY, READY_WAIT)).isTrue();
    // SIGKILL is asynchronous, and an orphan is reaped by whoever adopted it: allow a moment.
    assertThat(await(() -> servers.stream().allMatch(ModelServerSupervisorIT::gone),
        Duration.ofSeconds(5))).isTrue();
  }

  /** Dead, or a zombie waiting for a reaper that this test does not control. */
  private static boolean gone(ProcessHandle p) {
    if (!p.isAlive()) {
      return true;
    }
    try {
      String stat = Files.readString(Path.of("/proc", p.pid() + "", "stat"));
      return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }
}
