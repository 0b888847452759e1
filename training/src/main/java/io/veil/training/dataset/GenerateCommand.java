package io.veil.training.dataset;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code generate}: writes train.jsonl, val.jsonl and test.jsonl. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Generate the labeled dataset (train/val/test JSONL).")
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--seed", required = true, description = "Random seed; same seed, same files.")
  long seed;

  @Option(names = "--out", required = true, description = "Output directory.")
  Path out;

  @Option(names = "--size", defaultValue = "20000", description = "Examples in all splits (default ${DEFAULT-VALUE}).")
  int size;

  @Override
  public Integer call() throws Exception {
    Map<Split, List<Example>> splits = DatasetGenerator.write(seed, size, out);
    for (Map.Entry<Split, List<Example>> e : splits.entrySet()) {
      System.err.printf("%s: %d examples -> %s%n", e.getKey().fileName(), e.getValue().size(),
          out.resolve(e.getKey().fileName()));
    }
    return 0;
  }
}
