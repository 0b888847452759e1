package io.veil.training;

import io.veil.training.calibrate.CalibrateCommand;
import io.veil.training.dataset.GenerateCommand;
import io.veil.training.eval.EvalCommand;
import io.veil.training.events.EventsCommand;
import io.veil.training.llm.ExportLlmCommand;
import io.veil.training.presidio.ConvertPresidioCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code veil-training} command line: data, evaluation, calibration and the LLM recipe. */
@Command(name = "veil-training", mixinStandardHelpOptions = true,
    description = "Veil training: dataset generator, evaluation, calibration, LLM export.",
    subcommands = {GenerateCommand.class, ConvertPresidioCommand.class, EventsCommand.class,
        EvalCommand.class, CalibrateCommand.class, ExportLlmCommand.class})
public final class TrainingMain implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.setProperty("java.awt.headless", "true");
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status, for tests. */
  public static int run(String... args) {
    return new CommandLine(new TrainingMain())
        .setExecutionExceptionHandler((ex, cmd, parsed) -> {
          // Messages name files and fields only; content never reaches an exception message.
          cmd.getErr().println("error: " + ex.getMessage());
          return 1;
        })
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.err);
  }
}
