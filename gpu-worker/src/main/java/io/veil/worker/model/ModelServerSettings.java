package io.veil.worker.model;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The worker's settings of its model server, as given on the command line or in the config file.
 *
 * @param command the server's command line, split on spaces; {@code {model}}, {@code {port}} and
 *     {@code {gpu}} are replaced; empty when someone else runs the server (no supervision)
 * @param gpu the GPU index for {@code CUDA_VISIBLE_DEVICES}; null leaves it unset
 * @param url where the server listens
 * @param protocol {@code veil} ({@code /v1/score}) or {@code openai} ({@code /v1/completions})
 * @param model the model: a directory for the Veil server, the served name for OpenAI servers
 * @param threshold P(true) at or above which an item is sensitive
 * @param requestTimeout the latency bound of one scoring request; slower counts as a hang
 * @param startTimeout how long the server may take to become ready
 */
public record ModelServerSettings(String command, String gpu, URI url, ModelProtocol protocol,
    String model, double threshold, Duration requestTimeout, Duration startTimeout) {

  /** Default URL: the Veil server's default port on loopback. */
  public static final URI DEFAULT_URL = URI.create("http://127.0.0.1:8081");
  /**
   * Default latency bound: a batch of 32 prompts scores in well under a second on an A10; five
   * seconds means the server is wedged, not busy.
   */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
  /** Default start timeout: loading a quantized 7B model and warming CUDA. */
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofMinutes(5);

  public ModelServerSettings {
    Objects.requireNonNull(url, "model-url");
    Objects.requireNonNull(protocol, "model-protocol");
    if (!(threshold > 0.0 && threshold <= 1.0)) {
      throw new IllegalArgumentException("model-threshold must be within (0, 1]");
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("model-timeout must be positive");
    }
    if (!"http".equals(url.getScheme()) || url.getPort() < 0) {
      throw new IllegalArgumentException("model-url must be http://host:port");
    }
    command = command == null ? "" : command.strip();
    // An empty CUDA_VISIBLE_DEVICES would hide every GPU: blank means "leave it unset".
    gpu = gpu == null || gpu.isBlank() ? null : gpu.strip();
  }

  /** Whether the worker starts and supervises the server (a command was given). */
  public boolean supervised() {
    return !command.isEmpty();
  }

  /** The command line with its placeholders replaced, split on whitespace. */
  public List<String> commandLine() {
    List<String> out = new ArrayList<>();
    for (String part : command.split("\\s+")) {
      if (!part.isEmpty()) {
        out.add(part.replace("{model}", model == null ? "" : model)
            .replace("{port}", String.valueOf(url.getPort()))
            .replace("{gpu}", gpu == null ? "" : gpu));
      }
    }
    return out;
  }
}
