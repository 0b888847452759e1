package io.veil.training.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Draws a reliability diagram (observed share against mean confidence per bin) as PNG. */
public final class ReliabilityDiagram {

  private ReliabilityDiagram() {}

  /** Writes the diagram of {@code r} to {@code png}. */
  public static void write(Reliability r, String title, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYChart chart = new XYChartBuilder().width(640).height(520).title(title)
        .xAxisTitle("mean predicted probability").yAxisTitle("observed share sensitive").build();
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setLegendVisible(true);
    XYSeries diag = chart.addSeries("perfect calibration", new double[] {0, 1}, new double[] {0, 1});
    diag.setMarker(SeriesMarkers.NONE);
    List<Double> xs = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (int b = 0; b < Reliability.BINS; b++) {
      if (r.count(b) > 0) {
        xs.add(r.meanConfidence(b));
        ys.add(r.observed(b));
      }
    }
    if (xs.isEmpty()) {
      xs.add(0.0);
      ys.add(0.0);
    }
    chart.addSeries(String.format("detector (ECE %.4f)", r.ece()), xs, ys);
    if (png.getParent() != null) {
      Files.createDirectories(png.getParent());
    }
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
    }
  }
}
