package io.veil.detector.cli;

import io.veil.detector.EmbeddedDetector;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The detector's command line: {@code java -jar veil-detector.jar classify < in > out}. */
@Command(name = "veil-detector", mixinStandardHelpOptions = true,
    description = "Veil's embedded detector.", subcommands = {DetectorMain.Classify.class})
public final class DetectorMain implements Callable<Integer> {

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out));
  }

  /** Runs the command line on the given streams; returns the exit status. */
  public static int run(String[] args, InputStream in, OutputStream out) {
    CommandLine cl = new CommandLine(new DetectorMain());
    Classify classify = cl.getSubcommands().get("classify").getCommand();
    classify.in = in;
    classify.out = out;
    return cl.execute(args);
  }

  @Override
  public Integer call() {
    CommandLine.usage(this, System.err);
    return 2;
  }

  /** Classifies JSON lines from stdin to stdout, one answer per line, in input order. */
  @Command(name = "classify", mixinStandardHelpOptions = true,
      description = "Reads {\"content\":...,\"category\":...} lines on stdin and writes "
          + "{\"is_sensitive\":...,\"confidence_score\":...} lines on stdout.")
  static final class Classify implements Callable<Integer> {

    InputStream in = System.in;
    OutputStream out = System.out;

    @Override
    public Integer call() throws IOException {
      ClassifyLines lines = new ClassifyLines(EmbeddedDetector.create());
      BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      PrintWriter writer = new PrintWriter(
          new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
      String line;
      while ((line = reader.readLine()) != null) {
        writer.println(lines.answer(line));
      }
      writer.flush();
      return writer.checkError() ? 1 : 0;
    }
  }
}
