package io.veil.worker.backend;

import io.veil.detector.Detection;
import io.veil.detector.Detector;
import io.veil.detector.EmbeddedDetector;
import io.veil.detector.Finding;
import io.veil.protocol.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Answers batches with the embedded detector, splitting each batch into contiguous chunks that run
 * in parallel on a pool sized to the cores. The detector is thread-safe and never throws on any
 * input, so a failure here is a bug, reported as a {@link BackendException} without content.
 *
 * <p>A sensitive decision carries the spans of all its findings; a negative one carries none, so
 * that the gateway never redacts below-threshold candidates.
 */
public final class EmbeddedBackend implements Backend {

  /** Below this many items per chunk, splitting costs more than it saves. */
  private static final int MIN_CHUNK = 4;

  private final Detector detector;
  private final int parallelism;
  private final ExecutorService pool;

  /**
   * @param detector a thread-safe detector
   * @param parallelism threads that work on one batch at once (the calling thread included)
   */
  public EmbeddedBackend(Detector detector, int parallelism) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be >= 1");
    }
    this.detector = detector;
    this.parallelism = parallelism;
    this.pool = parallelism == 1 ? null : Executors.newFixedThreadPool(parallelism - 1,
        daemonThreads());
  }

  /** The embedded detector on {@code parallelism} threads. */
  public static EmbeddedBackend create(int parallelism) {
    return new EmbeddedBackend(EmbeddedDetector.create(), parallelism);
  }

  @Override
  public String name() {
    return "embedded";
  }

  @Override
  public List<Message.ItemResult> classify(List<Message.Item> batch) throws BackendException {
    int chunks = Math.min(parallelism, Math.max(1, batch.size() / MIN_CHUNK));
    if (chunks == 1) {
      return classifyRange(batch, 0, batch.size());
    }
    int size = (batch.size() + chunks - 1) / chunks;
    List<Future<List<Message.ItemResult>>> futures = new ArrayList<>(chunks - 1);
    for (int from = size; from < batch.size(); from += size) {
      int a = from;
      int b = Math.min(batch.size(), from + size);
      futures.add(pool.submit(() -> classifyRange(batch, a, b)));
    }
    List<Message.ItemResult> results = new ArrayList<>(batch.size());
    results.addAll(classifyRange(batch, 0, size));
    for (Future<List<Message.ItemResult>> f : futures) {
      results.addAll(join(f));
    }
    return results;
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private List<Message.ItemResult> classifyRange(List<Message.Item> batch, int from, int to) {
    List<Message.ItemResult> out = new ArrayList<>(to - from);
    for (int i = from; i < to; i++) {
      Message.Item item = batch.get(i);
      Detection d = detector.detect(item.content(), item.category(), item.context());
      out.add(toResult(d, detector.threshold(item.category())));
    }
    return out;
  }

  /**
   * The wire result for one detection: the spans of the findings that clear the threshold, so a
   * field holding a phone and an SSN is redacted once per value with each value's own category,
   * and sub-threshold candidates (kept for explanation) are left alone.
   */
  static Message.ItemResult toResult(Detection d, double threshold) {
    if (!d.decision().sensitive()) {
      return new Message.ItemResult(Message.ItemStatus.OK, d.decision(), Message.NO_SPANS);
    }
    List<Message.Span> spans = new ArrayList<>(d.findings().size());
    for (Finding f : d.findings()) {
      if (f.score() < threshold) {
        continue;
      }
      spans.add(new Message.Span(f.start(), f.end(), f.recognizer(), f.pattern()));
    }
    return new Message.ItemResult(Message.ItemStatus.OK, d.decision(), spans);
  }

  private static List<Message.ItemResult> join(Future<List<Message.ItemResult>> f)
      throws BackendException {
    try {
      // The pool's threads only run the detector, which returns in time bounded by the content.
      return f.get(1, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      throw new BackendException("embedded detector failed: "
          + e.getCause().getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new BackendException("interrupted while waiting for the embedded detector");
    } catch (java.util.concurrent.TimeoutException e) {
      f.cancel(true);
      throw new BackendException("embedded detector took longer than a minute on one chunk");
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "embedded-detector-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
