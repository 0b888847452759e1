package io.veil.loadtest.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.loadtest.measure.LatencySummary;
import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.measure.TimelinePoint;
import io.veil.loadtest.slo.FindMax;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a report as JSON: every figure the summary shows, plus timelines and search steps. */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    /** Writes {@code report.json} into {@code dir}. */
    public static Path write(Report report, Path dir) throws IOException {
        Path file = dir.resolve("report.json");
        JSON.writeValue(file.toFile(), toJson(report));
        return file;
    }

    /** The report as a JSON tree. */
    public static ObjectNode toJson(Report report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("target", report.target());
        root.put("started_at", report.startedAt().toString());
        root.set("settings", JSON.valueToTree(report.settings()));
        root.put("slo_held", report.verdict().holds());
        root.set("slo_reasons", JSON.valueToTree(report.verdict().reasons()));
        root.put("leaks_total", report.totalLeaks());
        root.set("veil", run(report.veil()));
        if (report.baseline() != null) {
            root.set("baseline", run(report.baseline()));
        }
        putRatio(root, "p99_ratio", report.p99Ratio());
        putRatio(root, "max_rate_ratio", report.maxRateRatio());
        if (report.veilSearch() != null) {
            root.set("veil_find_max", search(report.veilSearch()));
        }
        if (report.baselineSearch() != null) {
            root.set("baseline_find_max", search(report.baselineSearch()));
        }
        return root;
    }

    private static void putRatio(ObjectNode root, String name, double ratio) {
        if (Double.isNaN(ratio)) {
            root.putNull(name);
        } else {
            root.put(name, ratio);
        }
    }

    private static ObjectNode search(FindMax.Outcome<RunResult> search) {
        ObjectNode node = JSON.createObjectNode();
        node.put("best_rate", search.bestRate());
        ArrayNode steps = node.putArray("steps");
        for (FindMax.Step<RunResult> s : search.steps()) {
            ObjectNode step = run(s.result());
            step.put("holds", s.holds());
            step.remove("timeline");
            steps.add(step);
        }
        return node;
    }

    static ObjectNode run(RunResult r) {
        ObjectNode node = JSON.createObjectNode();
        node.put("label", r.label());
        node.put("offered_rate", r.offeredRate());
        node.put("achieved_rate", r.achievedRate());
        node.put("measured_seconds", r.measuredSeconds());
        node.put("scheduled", r.scheduled());
        node.put("ok", r.ok());
        node.put("non_2xx", r.non2xx());
        node.put("degraded", r.degraded());
        node.put("timeouts", r.timeouts());
        node.put("errors", r.errors());
        node.put("dropped", r.dropped());
        node.put("leaks", r.leaks());
        node.put("leaked_answers", r.leakedAnswers());
        node.put("max_send_lag_ms", r.maxSendLagMillis());
        node.set("leaks_by_category", JSON.valueToTree(r.leaksByCategory()));
        node.set("latency_ms_corrected", latency(r.corrected()));
        node.set("latency_ms_uncorrected", latency(r.uncorrected()));
        ArrayNode timeline = node.putArray("timeline");
        for (TimelinePoint p : r.timeline()) {
            timeline.add(JSON.valueToTree(p));
        }
        return node;
    }

    private static ObjectNode latency(LatencySummary s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("count", s.count());
        node.put("p50", s.p50());
        node.put("p90", s.p90());
        node.put("p99", s.p99());
        node.put("p99_9", s.p999());
        node.put("max", s.max());
        node.put("mean", s.mean());
        return node;
    }
}
