package io.veil.detector;

import io.veil.detector.context.ContextFinder;
import io.veil.detector.context.ContextHit;
import io.veil.detector.context.KeyContext;
import io.veil.detector.context.Vocabulary;
import io.veil.detector.normalize.Normalizer;
import io.veil.detector.normalize.TextView;
import io.veil.detector.recognize.Candidate;
import io.veil.detector.recognize.Recognizer;
import io.veil.detector.recognize.Recognizers;
import io.veil.detector.recognize.ScanText;
import io.veil.detector.score.Calibration;
import io.veil.detector.score.Scorer;
import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pure-Java detector: normalises the content into views, runs the category's recognizer on
 * each, reads context once per value, scores, calibrates and decides. Immutable and thread-safe;
 * never throws (an internal failure reads as a clear negative).
 */
public final class EmbeddedDetector implements Detector {

  /** Findings kept per detection; the decision still sees every candidate. */
  private static final int MAX_FINDINGS = 32;

  private final Normalizer normalizer;
  private final ContextFinder context;
  private final Calibration calibration;

  private EmbeddedDetector(Calibration calibration) {
    this.normalizer = Normalizer.standard();
    this.context = new ContextFinder(new Vocabulary(Recognizers.contextWords()));
    this.calibration = calibration;
  }

  /** The detector with its built-in recognizers and the calibration on the class path. */
  public static EmbeddedDetector create() {
    return new EmbeddedDetector(Calibration.load());
  }

  /** The detector with a given calibration (tests, training). */
  public static EmbeddedDetector create(Calibration calibration) {
    return new EmbeddedDetector(calibration);
  }

  @Override
  public double threshold(Category category) {
    return calibration.threshold(category);
  }

  @Override
  public Detection detect(String content, Category category, String context) {
    if (category == null) {
      return new Detection(null, new Decision(false, 0.0), List.of());
    }
    try {
      List<Scanned> views = scan(content);
      return detect(views, category, this.context.key(context));
    } catch (RuntimeException | StackOverflowError e) {
      return Detection.none(category);
    }
  }

  /** Every category at once, sharing normalisation and scanning; never throws. */
  @Override
  public Map<Category, Detection> detectAll(String content, String context) {
    Map<Category, Detection> out = new EnumMap<>(Category.class);
    List<Scanned> views;
    KeyContext key;
    try {
      views = scan(content);
      key = this.context.key(context);
    } catch (RuntimeException | StackOverflowError e) {
      views = List.of();
      key = KeyContext.EMPTY;
    }
    for (Category c : Category.all()) {
      try {
        out.put(c, detect(views, c, key));
      } catch (RuntimeException | StackOverflowError e) {
        out.put(c, Detection.none(c));
      }
    }
    return out;
  }

  private record Scanned(TextView view, ScanText scan) {}

  private List<Scanned> scan(String content) {
    List<Scanned> out = new ArrayList<>();
    for (TextView v : normalizer.views(content == null ? "" : content)) {
      out.add(new Scanned(v, new ScanText(v.text())));
    }
    return out;
  }

  private Detection detect(List<Scanned> views, Category category, KeyContext key) {
    Recognizer r = Recognizers.forCategory(category);
    List<Finding> findings = new ArrayList<>();
    double best = 0.0;
    Finding bestFinding = null;
    for (Scanned s : views) {
      for (Candidate c : r.candidates(s.scan())) {
        ContextHit hit = context.around(s.scan().text(), c.start(), c.end(), category, key);
        double p = calibration.probability(category, Scorer.raw(c, hit));
        Finding f = finding(category, r, s.view(), c, hit, p);
        if (p > best || bestFinding == null) {
          best = Math.max(best, p);
          bestFinding = p >= best ? f : bestFinding;
        }
        if (findings.size() < MAX_FINDINGS) {
          findings.add(f);
        }
      }
    }
    if (bestFinding != null && !findings.contains(bestFinding)) {
      findings.set(findings.size() - 1, bestFinding);
    }
    findings.sort((a, b) -> Double.compare(b.score(), a.score()));
    Decision d = Decision.of(best, calibration.threshold(category));
    return new Detection(category, d, findings);
  }

  private static Finding finding(Category category, Recognizer r, TextView v, Candidate c,
      ContextHit hit, double p) {
    List<String> evidence = new ArrayList<>(c.evidence());
    evidence.add(hit.evidence());
    for (String t : v.transforms()) {
      evidence.add("decoded:" + t);
    }
    int start = v.toOriginalStart(c.start());
    int end = v.toOriginalEnd(c.end());
    return new Finding(category, start, Math.max(start, end), r.name(), c.pattern(), p, evidence);
  }
}
