package io.veil.training.events;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code events}: the load tester's event corpus. */
@Command(name = "events", mixinStandardHelpOptions = true,
    description = "Write a realistic event corpus with planted values for the load tester.")
public final class EventsCommand implements Callable<Integer> {

  @Option(names = "--seed", required = true, description = "Random seed.")
  long seed;

  @Option(names = "--count", defaultValue = "10000", description = "Events to write.")
  int count;

  @Option(names = "--sensitive-share", defaultValue = "0.3",
      description = "Share of events with planted values (default ${DEFAULT-VALUE}).")
  double share;

  @Option(names = "--out", required = true, description = "events.jsonl to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    EventCorpus.write(seed, count, share, out);
    System.err.printf("wrote %d events to %s%n", count, out);
    return 0;
  }
}
