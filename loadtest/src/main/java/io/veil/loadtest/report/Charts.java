package io.veil.loadtest.report;

import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.measure.TimelinePoint;
import io.veil.loadtest.slo.FindMax;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws the report's plots as PNG files with XChart. */
public final class Charts {
    private static final int WIDTH = 900;
    private static final int HEIGHT = 450;
    /** Plot percentiles up to 99.999 %: beyond that a short run has no data, only its max. */
    private static final double LAST_PERCENTILE = 99.999;
    private static final int TICKS_PER_HALF_DISTANCE = 5;

    private Charts() {
    }

    /** Writes the plots into {@code dir} and returns their file names, in display order. */
    public static List<String> write(Report report, Path dir) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<String> files = new ArrayList<>();
        save(latencyOverTime(report), dir, "latency-over-time", files);
        save(percentiles(report), dir, "percentiles", files);
        if (report.veilSearch() != null) {
            save(searchChart(report), dir, "find-max", files);
        }
        return files;
    }

    private static void save(XYChart chart, Path dir, String name, List<String> files) throws IOException {
        BitmapEncoder.saveBitmap(chart, dir.resolve(name + ".png").toString(), BitmapEncoder.BitmapFormat.PNG);
        files.add(name + ".png");
    }

    private static XYChart latencyOverTime(Report report) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Corrected latency per second of intended send time")
                .xAxisTitle("second of measured window").yAxisTitle("latency (ms)").build();
        addTimeline(chart, report.veil());
        if (report.baseline() != null) {
            addTimeline(chart, report.baseline());
        }
        return chart;
    }

    private static void addTimeline(XYChart chart, RunResult run) {
        List<TimelinePoint> points = run.timeline();
        if (points.isEmpty()) {
            return;
        }
        List<Integer> x = points.stream().map(TimelinePoint::second).toList();
        chart.addSeries(run.label() + " p50", x, points.stream().map(TimelinePoint::p50Millis).toList())
                .setMarker(SeriesMarkers.NONE);
        chart.addSeries(run.label() + " p99", x, points.stream().map(TimelinePoint::p99Millis).toList())
                .setMarker(SeriesMarkers.NONE);
        chart.addSeries(run.label() + " max", x, points.stream().map(TimelinePoint::maxMillis).toList())
                .setMarker(SeriesMarkers.NONE);
    }

    private static XYChart percentiles(Report report) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Latency by percentile (x = 1/(1-p): 10 = p90, 100 = p99, 1000 = p99.9)")
                .xAxisTitle("1/(1-percentile)").yAxisTitle("latency (ms)").build();
        chart.getStyler().setXAxisLogarithmic(true);
        addPercentiles(chart, report.veil().label() + " corrected", report.veil().correctedHistogram());
        addPercentiles(chart, report.veil().label() + " uncorrected", report.veil().uncorrectedHistogram());
        if (report.baseline() != null) {
            addPercentiles(chart, report.baseline().label() + " corrected", report.baseline().correctedHistogram());
        }
        return chart;
    }

    private static void addPercentiles(XYChart chart, String name, Histogram micros) {
        if (micros.getTotalCount() == 0) {
            return;
        }
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (HistogramIterationValue v : micros.percentiles(TICKS_PER_HALF_DISTANCE)) {
            double p = v.getPercentileLevelIteratedTo();
            if (p > LAST_PERCENTILE) {
                break;
            }
            x.add(1.0 / (1.0 - p / 100.0));
            y.add(v.getValueIteratedTo() / 1000.0);
        }
        if (!x.isEmpty()) {
            chart.addSeries(name, x, y).setMarker(SeriesMarkers.NONE);
        }
    }

    private static XYChart searchChart(Report report) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title("Corrected p99 by offered rate (find-max steps)")
                .xAxisTitle("offered rate (requests/s)").yAxisTitle("p99 (ms)").build();
        addSearch(chart, "veil", report.veilSearch());
        if (report.baselineSearch() != null) {
            addSearch(chart, "baseline", report.baselineSearch());
        }
        return chart;
    }

    private static void addSearch(XYChart chart, String name, FindMax.Outcome<RunResult> search) {
        List<FindMax.Step<RunResult>> steps = new ArrayList<>(search.steps());
        steps.sort((a, b) -> Double.compare(a.rate(), b.rate()));
        chart.addSeries(name, steps.stream().map(FindMax.Step::rate).toList(),
                steps.stream().map(s -> s.result().corrected().p99()).toList());
    }
}
