package io.veil.worker.backend;

import io.veil.detector.Detection;
import io.veil.detector.Detector;
import io.veil.protocol.Message;
import io.veil.worker.supervisor.ServerState;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded detector first, the GPU model server only for what it is unsure of. Items whose
 * detector confidence lies inside the uncertain band {@code [low, high]} go to the model server;
 * the rest are answered by the detector. When the model server is not ready or fails a batch,
 * those items are answered by the detector too, marked {@link Message.ItemStatus#DEGRADED}.
 */
public final class CascadeBackend implements Backend {

  private static final Logger LOG = LoggerFactory.getLogger(CascadeBackend.class);

  /** Default uncertain band: a calibrated detector is wrong often inside it, rarely outside. */
  public static final double DEFAULT_LOW = 0.2;
  /** Default upper edge of the uncertain band. */
  public static final double DEFAULT_HIGH = 0.8;

  private final Detector detector;
  private final ModelServerBackend model;
  private final double low;
  private final double high;
  private final LongAdder seen = new LongAdder();
  private final LongAdder uncertain = new LongAdder();
  private final LongAdder sentToModel = new LongAdder();
  private final LongAdder degraded = new LongAdder();

  /**
   * @param low lower edge of the uncertain band (inclusive)
   * @param high upper edge of the uncertain band (inclusive)
   */
  public CascadeBackend(Detector detector, ModelServerBackend model, double low, double high) {
    if (!(low >= 0.0 && low <= high && high <= 1.0)) {
      throw new IllegalArgumentException("uncertain band must satisfy 0 <= low <= high <= 1");
    }
    this.detector = detector;
    this.model = model;
    this.low = low;
    this.high = high;
  }

  @Override
  public String name() {
    return "cascade";
  }

  /** Launches the model server without waiting: the detector answers until it is ready. */
  @Override
  public void start() {
    model.launch();
  }

  /** Always: the detector can answer everything, degraded if need be. */
  @Override
  public boolean healthy() {
    return true;
  }

  /** The model server's state. */
  public ServerState modelState() {
    return model.state();
  }

  @Override
  public List<Message.ItemResult> classify(List<Message.Item> batch) {
    int n = batch.size();
    List<Detection> detections = new ArrayList<>(n);
    Message.ItemResult[] results = new Message.ItemResult[n];
    List<Integer> unsure = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Message.Item item = batch.get(i);
      Detection d = detector.detect(item.content(), item.category(), item.context());
      detections.add(d);
      double c = d.decision().confidence();
      if (c >= low && c <= high) {
        unsure.add(i);
      } else {
        results[i] = fromDetector(item, d, Message.ItemStatus.OK);
      }
    }
    seen.add(n);
    uncertain.add(unsure.size());
    if (!unsure.isEmpty()) {
      askModel(batch, detections, unsure, results);
    }
    return Arrays.asList(results);
  }

  private void askModel(List<Message.Item> batch, List<Detection> detections, List<Integer> unsure,
      Message.ItemResult[] results) {
    List<Message.Item> items = new ArrayList<>(unsure.size());
    List<Detection> dets = new ArrayList<>(unsure.size());
    for (int i : unsure) {
      items.add(batch.get(i));
      dets.add(detections.get(i));
    }
    if (model.healthy()) {
      try {
        sentToModel.add(items.size());
        List<Message.ItemResult> answered = model.classify(items, dets);
        for (int k = 0; k < unsure.size(); k++) {
          results[unsure.get(k)] = answered.get(k);
        }
        return;
      } catch (BackendException e) {
        LOG.warn("cascade answers {} items degraded: {}", items.size(), e.getMessage());
      }
    }
    degraded.add(items.size());
    for (int i : unsure) {
      results[i] = fromDetector(batch.get(i), detections.get(i), Message.ItemStatus.DEGRADED);
    }
  }

  private static Message.ItemResult fromDetector(Message.Item item, Detection d,
      Message.ItemStatus status) {
    List<Message.Span> spans = d.decision().sensitive()
        ? ModelServerBackend.spans(item, d) : Message.NO_SPANS;
    return new Message.ItemResult(status, d.decision(), spans);
  }

  /** Items classified so far. */
  public long itemsSeen() {
    return seen.sum();
  }

  /** Items whose detector confidence fell in the uncertain band (routed to the GPU). */
  public long itemsUncertain() {
    return uncertain.sum();
  }

  /** Items actually sent to the model server (uncertain ones while it was ready). */
  public long itemsSentToModel() {
    return sentToModel.sum();
  }

  /** Items answered by the detector because the model server was down or failed. */
  public long itemsDegraded() {
    return degraded.sum();
  }

  /** The fraction of items routed to the GPU: uncertain over seen; 0 before any item. */
  public double gpuFraction() {
    long s = seen.sum();
    return s == 0 ? 0.0 : (double) uncertain.sum() / s;
  }

  @Override
  public void close() {
    model.close();
  }
}
