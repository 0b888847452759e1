package io.veil.worker.backend;

import static io.veil.worker.supervisor.StandinServer.await;
import static io.veil.worker.supervisor.StandinServer.command;
import static io.veil.worker.supervisor.StandinServer.fastConfig;
import static io.veil.worker.supervisor.StandinServer.freePort;
import static io.veil.worker.supervisor.StandinServer.url;
import static org.assertj.core.api.Assertions.assertThat;

import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.protocol.Category;
import io.veil.protocol.Message;
import io.veil.worker.model.ModelClient;
import io.veil.worker.model.ModelHttp;
import io.veil.worker.model.ModelProtocol;
import io.veil.worker.supervisor.ModelServerSupervisor;
import io.veil.worker.supervisor.ServerState;
import io.veil.worker.supervisor.SupervisorConfig;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The cascade with the real supervisor and the stand-in model server as a child process. The band
 * is the whole [0, 1] so that every item is routed to the model whatever the detector's
 * confidences: these tests are about availability, not about the detector's accuracy.
 */
@Timeout(60)
class CascadeBackendIT {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final List<Message.Item> ITEMS = List.of(
      new Message.Item("write to jane.doe@example.com SECRET", Category.EMAIL, "$.note"),
      new Message.Item("nothing to see", Category.EMAIL, null),
      new Message.Item("ref 123456789", Category.SSN, null));

  private final Detector detector = EmbeddedDetector.create();
  private CascadeBackend cascade;
  private ModelServerSupervisor supervisor;

  @AfterEach
  void close() {
    if (cascade != null) {
      cascade.close();
    }
  }

  private CascadeBackend cascade(SupervisorConfig config) {
    ModelServerSupervisor s = new ModelServerSupervisor(config);
    supervisor = s;
    ModelClient client = ModelClient.create(ModelProtocol.VEIL,
        new ModelHttp(config.baseUrl(), Duration.ofSeconds(2)), "standin");
    cascade = new CascadeBackend(detector,
        new ModelServerBackend(s, client, detector, 0.5, WAIT), 0.0, 1.0);
    cascade.start();
    return cascade;
  }

  private void assertDegradedFromDetector(List<Message.ItemResult> r) {
    assertThat(r).extracting(Message.ItemResult::status).containsOnly(Message.ItemStatus.DEGRADED);
    for (int i = 0; i < ITEMS.size(); i++) {
      Message.Item item = ITEMS.get(i);
      assertThat(r.get(i).decision())
          .isEqualTo(detector.detect(item.content(), item.category(), item.context()).decision());
    }
  }

  @Test
  void crashLoopingModelServer_cascadeAnswersDegraded_fromTheDetector() throws Exception {
    int port = freePort();
    CascadeBackend c = cascade(fastConfig(command(port, "--crash-on-start"), url(port)).build());
    assertThat(await(() -> c.modelState() == ServerState.DOWN, WAIT)).isTrue();

    List<Message.ItemResult> r = c.classify(ITEMS);

    assertDegradedFromDetector(r);
    assertThat(c.healthy()).isTrue();
    assertThat(c.itemsDegraded()).isEqualTo(3);
    assertThat(c.itemsSentToModel()).isZero();
  }

  @Test
  void garbageFromTheModelServer_isAnsweredDegraded_neverTakenAsADecision() throws Exception {
    int port = freePort();
    CascadeBackend c = cascade(fastConfig(command(port, "--mode", "garbage", "--garbage", "range"),
        url(port)).build());
    assertThat(await(() -> c.modelState() == ServerState.READY, WAIT)).isTrue();

    assertDegradedFromDetector(c.classify(ITEMS));
    assertThat(c.itemsSentToModel()).isEqualTo(3);
    assertThat(c.itemsDegraded()).isEqualTo(3);
  }

  @Test
  void killMinus9_cascadeAnswersDegradedMeanwhile_thenTheModelAgain() throws Exception {
    int port = freePort();
    // A half-second back-off leaves a window in which the model server is certainly down.
    CascadeBackend c = cascade(fastConfig(command(port), url(port))
        .backoff(Duration.ofMillis(500), Duration.ofMillis(800)).build());
    assertThat(await(() -> c.modelState() == ServerState.READY, WAIT)).isTrue();
    List<Message.ItemResult> before = c.classify(ITEMS);
    assertThat(before).extracting(Message.ItemResult::status).containsOnly(Message.ItemStatus.OK);
    assertThat(before).extracting(x -> x.decision().confidence()).containsExactly(0.97, 0.03, 0.9);

    ProcessHandle standin = ProcessHandle.of(supervisor.pid()).orElseThrow();
    standin.destroyForcibly();
    standin.onExit().get(5, TimeUnit.SECONDS);

    assertDegradedFromDetector(c.classify(ITEMS));
    assertThat(await(() -> supervisor.starts() == 2 && c.modelState() == ServerState.READY, WAIT))
        .isTrue();
    List<Message.ItemResult> after = c.classify(ITEMS);
    assertThat(after).extracting(Message.ItemResult::status).containsOnly(Message.ItemStatus.OK);
    assertThat(after).extracting(x -> x.decision().confidence()).containsExactly(0.97, 0.03, 0.9);
    assertThat(c.gpuFraction()).isEqualTo(1.0);
  }
}
