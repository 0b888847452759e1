package io.veil.worker.backend;

import io.veil.detector.Detection;
import io.veil.detector.Detector;
import io.veil.detector.Finding;
import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import io.veil.worker.model.ModelClient;
import io.veil.worker.model.ModelException;
import io.veil.worker.model.ModelHttp;
import io.veil.worker.model.ModelServerSettings;
import io.veil.worker.model.Prompts;
import io.veil.worker.supervisor.ModelServerSupervisor;
import io.veil.worker.supervisor.ServerState;
import io.veil.worker.supervisor.SupervisorConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers batches with the GPU model server: one prompt per item, one P(true) per prompt, a
 * decision against the threshold. The model gives no locations, so a sensitive decision carries
 * the embedded detector's findings as spans, or one span over the whole content when the detector
 * found nothing, so that the gateway can always redact.
 *
 * <p>When the server is not READY, times out (reported to the supervisor as a hang) or answers
 * garbage, the batch fails with a {@link BackendException}; it is never turned into decisions.
 */
public final class ModelServerBackend implements Backend {

  /** P(true) at or above which an item is sensitive, unless configured otherwise. */
  public static final double DEFAULT_THRESHOLD = 0.5;

  /** Recognizer name on a span that covers the whole content. */
  public static final String WHOLE_CONTENT_RECOGNIZER = "ModelServer";
  /** Pattern name on a span that covers the whole content. */
  public static final String WHOLE_CONTENT_PATTERN = "whole_content";

  private final ModelServerSupervisor supervisor;
  private final ModelClient client;
  private final Detector detector;
  private final double threshold;
  private final Duration startWait;

  /**
   * @param supervisor the supervised server, or null for a server run by someone else
   * @param client the protocol client of that server
   * @param detector the embedded detector, for spans of sensitive decisions
   * @param threshold P(true) at or above which an item is sensitive
   * @param startWait how long {@link #start} waits for the server to become ready
   */
  public ModelServerBackend(ModelServerSupervisor supervisor, ModelClient client,
      Detector detector, double threshold, Duration startWait) {
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("model threshold must be within (0, 1]");
    }
    this.supervisor = supervisor;
    this.client = client;
    this.detector = detector;
    this.threshold = threshold;
    this.startWait = startWait;
  }

  /**
   * The backend for the worker's settings: a supervisor when a command is given, and the client
   * of the configured protocol.
   */
  public static ModelServerBackend create(ModelServerSettings settings, Detector detector) {
    ModelServerSupervisor supervisor = null;
    if (settings.supervised()) {
      supervisor = new ModelServerSupervisor(
          SupervisorConfig.builder(settings.commandLine(), settings.url())
              .gpu(settings.gpu())
              .startTimeout(settings.startTimeout())
              .build());
    }
    ModelClient client = ModelClient.create(settings.protocol(),
        new ModelHttp(settings.url(), settings.requestTimeout()), settings.model());
    return new ModelServerBackend(supervisor, client, detector, settings.threshold(),
        settings.startTimeout());
  }

  @Override
  public String name() {
    return "model-server";
  }

  /** Launches the supervised server and waits until it is ready. */
  @Override
  public void start() throws Exception {
    launch();
    if (supervisor != null && !supervisor.awaitReady(startWait)) {
      throw new IllegalStateException("model server not ready within " + startWait.toMillis()
          + " ms (state " + supervisor.state() + ")");
    }
  }

  /** Launches the supervised server without waiting for it (the cascade answers meanwhile). */
  public void launch() {
    if (supervisor != null) {
      supervisor.start();
    }
  }

  /** The supervised server's state; READY for a server run by someone else. */
  public ServerState state() {
    return supervisor == null ? ServerState.READY : supervisor.state();
  }

  @Override
  public boolean healthy() {
    return state() == ServerState.READY;
  }

  @Override
  public List<Message.ItemResult> classify(List<Message.Item> batch) throws BackendException {
    return classify(batch, null);
  }

  /**
   * Classifies a batch whose detections (for spans) the caller may already hold.
   *
   * @param detections the detector's answer per item, or null to compute them when needed
   */
  public List<Message.ItemResult> classify(List<Message.Item> batch, List<Detection> detections)
      throws BackendException {
    if (batch.isEmpty()) {
      return List.of();
    }
    ServerState s = state();
    if (s != ServerState.READY) {
      throw new BackendException("model server is " + s);
    }
    double[] p;
    try {
      p = client.score(Prompts.of(batch));
    } catch (ModelException e) {
      if (e.kind() == ModelException.Kind.TIMEOUT && supervisor != null) {
        supervisor.reportHang();
      }
      throw new BackendException("model server failed a batch of " + batch.size() + " items: "
          + e.kind(), e);
    }
    List<Message.ItemResult> results = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      Message.Item item = batch.get(i);
      Decision d = Decision.of(p[i], threshold);
      List<Message.Span> spans = Message.NO_SPANS;
      if (d.sensitive()) {
        Detection det = detections != null ? detections.get(i)
            : detector.detect(item.content(), item.category(), item.context());
        spans = spans(item, det);
      }
      results.add(new Message.ItemResult(Message.ItemStatus.OK, d, spans));
    }
    return results;
  }

  /**
   * Where to redact for a sensitive decision: the detector's findings of the item's category, or
   * one span over the whole content when it found none.
   */
  static List<Message.Span> spans(Message.Item item, Detection detection) {
    List<Message.Span> spans = new ArrayList<>();
    for (Finding f : detection.findings()) {
      if (f.category() == item.category()) {
        spans.add(new Message.Span(f.start(), f.end(), f.recognizer(), f.pattern()));
      }
    }
    if (spans.isEmpty()) {
      int length = item.content() == null ? 0 : item.content().length();
      spans.add(new Message.Span(0, length, WHOLE_CONTENT_RECOGNIZER, WHOLE_CONTENT_PATTERN));
    }
    return spans;
  }

  @Override
  public void close() {
    if (supervisor != null) {
      supervisor.close();
    }
  }
}
