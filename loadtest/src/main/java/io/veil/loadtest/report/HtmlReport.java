package io.veil.loadtest.report;

import io.veil.loadtest.measure.LatencySummary;
import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.slo.FindMax;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Writes a self-describing HTML page: verdict, figures per run, ratios and the plots beside it. */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** Writes {@code report.html} into {@code dir}, linking the PNG files named in {@code charts}. */
    public static Path write(Report report, List<String> charts, Path dir) throws IOException {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Veil load test</title>")
                .append("<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}")
                .append("td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}")
                .append(".held{color:#070}.missed{color:#b00}</style></head><body>");
        h.append("<h1>Veil load test</h1>");
        h.append(f("<p>Target %s, started %s.</p>", esc(report.target()), report.startedAt()));
        boolean held = report.verdict().holds();
        h.append(f("<h2 class=\"%s\">SLO %s</h2><ul>", held ? "held" : "missed", held ? "held" : "missed"));
        report.verdict().reasons().forEach(r -> h.append("<li>").append(esc(r)).append("</li>"));
        h.append("</ul>");
        if (!Double.isNaN(report.p99Ratio())) {
            h.append(f("<p>Cost vs baseline: p99 ratio <b>%.2fx</b>", report.p99Ratio()));
            if (!Double.isNaN(report.maxRateRatio())) {
                h.append(f(", max-rate ratio <b>%.3f</b>", report.maxRateRatio()));
            }
            h.append("</p>");
        }
        h.append("<h2>Runs</h2>").append(runsTable(report));
        search(h, "Veil find-max", report.veilSearch());
        search(h, "Baseline find-max", report.baselineSearch());
        h.append("<h2>Plots</h2>");
        charts.forEach(c -> h.append(f("<p><img src=\"%s\" alt=\"%s\"></p>", c, c)));
        h.append("<h2>Settings</h2><table>");
        report.settings().forEach((k, v) -> h.append(f("<tr><th>%s</th><td>%s</td></tr>", esc(k), esc(String.valueOf(v)))));
        h.append("</table></body></html>\n");
        Path file = dir.resolve("report.html");
        Files.writeString(file, h, StandardCharsets.UTF_8);
        return file;
    }

    private static String runsTable(Report report) {
        StringBuilder h = new StringBuilder("<table><tr><th>run</th><th>offered/s</th><th>achieved/s</th>"
                + "<th>scheduled</th><th>ok</th><th>degraded</th><th>non-2xx</th><th>timeouts</th><th>errors</th><th>dropped</th>"
                + "<th>leaks</th><th>latency</th><th>p50 ms</th><th>p90</th><th>p99</th><th>p99.9</th><th>max</th></tr>");
        for (RunResult r : new RunResult[] {report.baseline(), report.veil()}) {
            if (r == null) {
                continue;
            }
            h.append(f("<tr><td rowspan=2>%s</td><td rowspan=2>%.1f</td><td rowspan=2>%.1f</td>", esc(r.label()),
                    r.offeredRate(), r.achievedRate()));
            h.append(f("<td rowspan=2>%d</td><td rowspan=2>%d</td><td rowspan=2>%d</td><td rowspan=2>%d</td>"
                    + "<td rowspan=2>%d</td><td rowspan=2>%d</td><td rowspan=2>%d</td><td rowspan=2>%d</td>",
                    r.scheduled(), r.ok(), r.degraded(), r.non2xx(), r.timeouts(), r.errors(), r.dropped(), r.leaks()));
            h.append(latencyCells("corrected", r.corrected())).append("</tr><tr>")
                    .append(latencyCells("uncorrected", r.uncorrected())).append("</tr>");
        }
        return h.append("</table>").toString();
    }

    private static String latencyCells(String name, LatencySummary s) {
        return f("<td>%s</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td><td>%.1f</td>", name, s.p50(),
                s.p90(), s.p99(), s.p999(), s.max());
    }

    private static void search(StringBuilder h, String title, FindMax.Outcome<RunResult> search) {
        if (search == null) {
            return;
        }
        h.append(f("<h2>%s: %.0f/s</h2><table><tr><th>offered/s</th><th>achieved/s</th><th>p99 ms</th>"
                + "<th>failed</th><th>leaks</th><th>SLO</th></tr>", esc(title), search.bestRate()));
        for (FindMax.Step<RunResult> s : search.steps()) {
            h.append(f("<tr><td>%.0f</td><td>%.1f</td><td>%.1f</td><td>%d</td><td>%d</td><td>%s</td></tr>", s.rate(),
                    s.result().achievedRate(), s.result().corrected().p99(), s.result().failed(), s.result().leaks(),
                    s.holds() ? "holds" : "missed"));
        }
        h.append("</table>");
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
