package io.veil.training.presidio;

import io.veil.training.dataset.Example;
import io.veil.training.dataset.Jsonl;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code convert-presidio}: the presidio-research synthetic set in Veil's format. */
@Command(name = "convert-presidio", mixinStandardHelpOptions = true,
    description = "Convert presidio-research synth_dataset_v2.json to Veil JSONL.")
public final class ConvertPresidioCommand implements Callable<Integer> {

  @Option(names = "--in", required = true, description = "synth_dataset_v2.json")
  Path in;

  @Option(names = "--out", required = true, description = "JSONL file to write.")
  Path out;

  @Override
  public Integer call() throws Exception {
    List<Example> ex = PresidioConverter.convert(in);
    Jsonl.write(out, ex);
    long pos = ex.stream().filter(Example::sensitive).count();
    System.err.printf("wrote %d examples (%d sensitive) to %s%n", ex.size(), pos, out);
    return 0;
  }
}
