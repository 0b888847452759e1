package io.veil.training.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.protocol.Category;
import io.veil.training.dataset.Jsonl;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Writes an {@link Evaluation} as {@code report.json}, {@code report.md} and {@code reliability.png}. */
public final class Report {

  private Report() {}

  /** Writes the three report files into {@code dir}. */
  public static void write(Evaluation ev, String backend, String data, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.json"),
        Jsonl.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json(ev, backend, data)),
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("report.md"), markdown(ev, backend, data), StandardCharsets.UTF_8);
    ReliabilityDiagram.write(ev.reliability(), "Veil reliability (" + backend + ")",
        dir.resolve("reliability.png"));
  }

  /** The report as a JSON tree. */
  public static ObjectNode json(Evaluation ev, String backend, String data) {
    ObjectNode o = Jsonl.MAPPER.createObjectNode();
    o.put("backend", backend);
    o.put("data", data);
    o.set("overall", counts(ev.overall()));
    o.put("ece", ev.reliability().ece());
    ObjectNode cats = o.putObject("by_category");
    ev.byCategory().forEach((c, n) -> cats.set(c.wireName(), counts(n)));
    ObjectNode langs = o.putObject("by_lang");
    ev.byLang().forEach((l, n) -> langs.set(l, counts(n)));
    ObjectNode kinds = o.putObject("by_kind");
    ev.byKind().forEach((k, n) -> kinds.set(k, counts(n)));
    ObjectNode templates = o.putObject("by_template");
    ev.byTemplate().forEach((t, n) -> templates.set(t, counts(n)));
    ArrayNode bins = o.putArray("reliability_bins");
    Reliability r = ev.reliability();
    for (int b = 0; b < Reliability.BINS; b++) {
      ObjectNode bin = bins.addObject().put("bin", b).put("count", r.count(b));
      if (r.count(b) > 0) {
        bin.put("mean_confidence", r.meanConfidence(b)).put("observed", r.observed(b));
      }
    }
    ArrayNode errs = o.putArray("errors");
    for (Evaluation.Error e : ev.errors()) {
      errs.addObject().put("type", e.label() ? "false_negative" : "false_positive")
          .put("category", e.category().wireName()).put("lang", e.lang()).put("kind", e.kind())
          .put("template", e.template()).put("confidence", e.confidence())
          .put("content_masked", e.masked());
    }
    return o;
  }

  private static ObjectNode counts(Counts c) {
    return Jsonl.MAPPER.createObjectNode().put("precision", c.precision()).put("recall", c.recall())
        .put("f1", c.f1()).put("tp", c.tp()).put("fp", c.fp()).put("tn", c.tn()).put("fn", c.fn())
        .put("total", c.total());
  }

  /** The report as Markdown. */
  public static String markdown(Evaluation ev, String backend, String data) {
    StringBuilder b = new StringBuilder();
    b.append("# Veil evaluation\n\n- backend: `").append(backend).append("`\n- data: `")
        .append(data).append("`\n- examples: ").append(ev.overall().total())
        .append(String.format(Locale.ROOT, "\n- ECE (10 bins): %.4f%n", ev.reliability().ece()))
        .append("\n![reliability diagram](reliability.png)\n\n## Per category\n\n");
    table(b, "category", ev.byCategory().entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(e -> e.getKey().wireName(), Map.Entry::getValue,
            (x, y) -> x, java.util.LinkedHashMap::new)));
    b.append("\n| overall | ");
    row(b, ev.overall());
    b.append("\n## Per language\n\n");
    table(b, "lang", ev.byLang());
    b.append("\n## Per kind\n\n");
    table(b, "kind", ev.byKind());
    b.append("\n## Per template\n\n");
    table(b, "template", ev.byTemplate());
    b.append("\n## Errors (content masked: letters x, digits #)\n\n");
    for (Category c : Category.all()) {
      for (Evaluation.Error e : ev.errors()) {
        if (e.category() == c) {
          b.append(String.format(Locale.ROOT, "- %s %s [%s, %s, %s, p=%.2f] `%s`%n",
              e.label() ? "FN" : "FP", c.wireName(), e.kind(), e.lang(), e.template(),
              e.confidence(), e.masked().replace("`", "'")));
        }
      }
    }
    return b.toString();
  }

  private static void table(StringBuilder b, String head, Map<String, Counts> rows) {
    b.append("| ").append(head).append(" | precision | recall | F1 | TP | FP | TN | FN |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    rows.forEach((k, c) -> {
      b.append("| ").append(k).append(" | ");
      row(b, c);
    });
  }

  private static void row(StringBuilder b, Counts c) {
    b.append(String.format(Locale.ROOT, "%.4f | %.4f | %.4f | %d | %d | %d | %d |%n", c.precision(),
        c.recall(), c.f1(), c.tp(), c.fp(), c.tn(), c.fn()));
  }
}
