package io.veil.worker.supervisor;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to run and watch one model server. Build with {@link #builder}; defaults suit a real GPU
 * server, tests shorten the intervals.
 *
 * @param command the server's command line (program and arguments)
 * @param gpu the value of {@code CUDA_VISIBLE_DEVICES} for the child; null leaves it unset
 * @param baseUrl where the server listens, e.g. {@code http://127.0.0.1:8081}
 * @param workingDir the child's working directory; null for the worker's
 * @param startTimeout longest wait for {@code /ready} after launch (model loading)
 * @param readyPollInterval pause between {@code /ready} polls while starting
 * @param healthInterval pause between {@code /health} polls once ready
 * @param healthTimeout longest wait for one probe's answer
 * @param livenessFailures consecutive failed health probes that count as a hang
 * @param backoffInitial first wait before a restart
 * @param backoffMax longest wait before a restart
 * @param downAfterFailures consecutive failures after which the state reads DOWN, not BACKING_OFF
 * @param stopGrace wait after SIGTERM before SIGKILL on close
 */
public record SupervisorConfig(List<String> command, String gpu, URI baseUrl, Path workingDir,
    Duration startTimeout, Duration readyPollInterval, Duration healthInterval,
    Duration healthTimeout, int livenessFailures, Duration backoffInitial, Duration backoffMax,
    int downAfterFailures, Duration stopGrace) {

  public SupervisorConfig {
    command = List.copyOf(command);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("model server command must not be empty");
    }
    Objects.requireNonNull(baseUrl, "model server URL");
    if (livenessFailures < 1 || downAfterFailures < 1) {
      throw new IllegalArgumentException("liveness and down failure counts must be >= 1");
    }
  }

  /** A builder with production defaults for the given command and URL. */
  public static Builder builder(List<String> command, URI baseUrl) {
    return new Builder(command, baseUrl);
  }

  /** Builds a {@link SupervisorConfig}. */
  public static final class Builder {
    private final List<String> command;
    private final URI baseUrl;
    private String gpu;
    private Path workingDir;
    /** Loading a quantized 7B model and warming CUDA takes tens of seconds; allow five minutes. */
    private Duration startTimeout = Duration.ofMinutes(5);
    private Duration readyPollInterval = Duration.ofMillis(500);
    /** Two-second probes notice a dead or wedged server within about ten seconds. */
    private Duration healthInterval = Duration.ofSeconds(2);
    private Duration healthTimeout = Duration.ofSeconds(2);
    /** Three missed probes, as for ZeroMQ heartbeats: one slow probe is not a hang. */
    private int livenessFailures = 3;
    private Duration backoffInitial = Backoff.INITIAL;
    private Duration backoffMax = Backoff.MAX;
    private int downAfterFailures = 3;
    /** Long enough for the server to free the GPU, short enough for an orderly redeploy. */
    private Duration stopGrace = Duration.ofSeconds(10);

    private Builder(List<String> command, URI baseUrl) {
      this.command = command;
      this.baseUrl = baseUrl;
    }

    public Builder gpu(String v) { gpu = v; return this; }
    public Builder workingDir(Path v) { workingDir = v; return this; }
    public Builder startTimeout(Duration v) { startTimeout = v; return this; }
    public Builder readyPollInterval(Duration v) { readyPollInterval = v; return this; }
    public Builder healthInterval(Duration v) { healthInterval = v; return this; }
    public Builder healthTimeout(Duration v) { healthTimeout = v; return this; }
    public Builder livenessFailures(int v) { livenessFailures = v; return this; }
    public Builder backoff(Duration initial, Duration max) {
      backoffInitial = initial;
      backoffMax = max;
      return this;
    }
    public Builder downAfterFailures(int v) { downAfterFailures = v; return this; }
    public Builder stopGrace(Duration v) { stopGrace = v; return this; }

    /** The config. */
    public SupervisorConfig build() {
      return new SupervisorConfig(command, gpu, baseUrl, workingDir, startTimeout,
          readyPollInterval, healthInterval, healthTimeout, livenessFailures, backoffInitial,
          backoffMax, downAfterFailures, stopGrace);
    }
  }
}
