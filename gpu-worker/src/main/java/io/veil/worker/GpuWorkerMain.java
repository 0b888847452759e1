package io.veil.worker;

import io.veil.worker.backend.Backend;
import io.veil.worker.backend.EchoBackend;
import io.veil.worker.server.WorkerServer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import sun.misc.Signal;

/**
 * {@code java -jar veil-gpu-worker.jar --bind tcp://0.0.0.0:5601 --backend embedded}: runs one
 * worker until SIGTERM or SIGINT, then drains in-flight requests, says DISCONNECT to its peers and
 * exits 0. Exit status 2 is a configuration error, 1 a backend or socket that would not start.
 *
 * <p>Every option may also come from the config file or a {@code VEIL_WORKER_<KEY>} variable;
 * the command line wins over the environment, which wins over the file.
 */
@Command(name = "veil-gpu-worker", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Veil worker: answers (content, category) items from gateways over ZeroMQ.")
public final class GpuWorkerMain implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(GpuWorkerMain.class);

  @Option(names = "--bind", paramLabel = "ENDPOINT",
      description = "ROUTER endpoint to bind (default tcp://127.0.0.1:5601; port * picks one; bind tcp://*:PORT with CURVE keys to serve other hosts).")
  String bind;

  @Option(names = "--backend", paramLabel = "NAME",
      description = "embedded | model-server | cascade | echo-baseline (benchmarks only).")
  String backend;

  @Option(names = "--name", description = "Worker name in READY, logs and metrics.")
  String name;

  @Option(names = "--threads", paramLabel = "N", description = "Batches in flight at once.")
  String threads;

  @Option(names = "--max-batch", paramLabel = "N", description = "Most items per backend call.")
  String maxBatch;

  @Option(names = "--max-wait-ms", paramLabel = "MS",
      description = "Longest wait for a batch to fill.")
  String maxWaitMs;

  @Option(names = "--queue-capacity", paramLabel = "N",
      description = "Most queued items; more are answered OVERLOADED.")
  String queueCapacity;

  @Option(names = "--heartbeat-ms", paramLabel = "MS", description = "Heartbeat interval.")
  String heartbeatMs;

  @Option(names = "--drain-ms", paramLabel = "MS",
      description = "Longest wait for in-flight requests on shutdown.")
  String drainMs;

  @Option(names = "--model-command", paramLabel = "CMD",
      description = "Model server command line, supervised by the worker; {model}, {port} and"
          + " {gpu} are replaced. Empty: a server someone else runs at --model-url.")
  String modelCommand;

  @Option(names = "--gpu", paramLabel = "INDEX",
      description = "CUDA_VISIBLE_DEVICES of the model server (default 0).")
  String gpu;

  @Option(names = "--model", paramLabel = "MODEL",
      description = "Model directory (veil protocol) or served model name (openai).")
  String model;

  @Option(names = "--model-protocol", paramLabel = "veil|openai",
      description = "veil: POST /v1/score; openai: POST /v1/completions with logprobs.")
  String modelProtocol;

  @Option(names = "--model-url", paramLabel = "URL",
      description = "Where the model server listens (default http://127.0.0.1:8081).")
  String modelUrl;

  @Option(names = "--model-threshold", paramLabel = "P",
      description = "P(true) at or above which the model's answer is sensitive (default 0.5).")
  String modelThreshold;

  @Option(names = "--model-timeout-ms", paramLabel = "MS",
      description = "Latency bound of one scoring request; slower counts as a hang.")
  String modelTimeoutMs;

  @Option(names = "--model-start-timeout-ms", paramLabel = "MS",
      description = "Longest wait for the model server to become ready.")
  String modelStartTimeoutMs;

  @Option(names = "--uncertain-low", paramLabel = "P",
      description = "Cascade: detector confidences in [low, high] go to the model (default 0.2).")
  String uncertainLow;

  @Option(names = "--uncertain-high", paramLabel = "P",
      description = "Cascade: upper edge of the uncertain band (default 0.8).")
  String uncertainHigh;

  @Option(names = "--curve-public-key-file", paramLabel = "FILE",
      description = "CURVE public key (Z85) of this worker; with the secret key, only gateways"
          + " that know it can connect, and the link is encrypted.")
  Path curvePublicKeyFile;

  @Option(names = "--curve-secret-key-file", paramLabel = "FILE",
      description = "CURVE secret key (Z85) of this worker, readable by its owner only.")
  Path curveSecretKeyFile;

  @Option(names = "--config", paramLabel = "FILE",
      description = "YAML or properties file with the same keys (or " + ConfigLoader.ENV_CONFIG
          + ").")
  Path config;

  @Spec
  CommandSpec spec;

  private final Backends backends;

  GpuWorkerMain(Backends backends) {
    this.backends = backends;
  }

  /** Runs the worker; exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, Backends.standard()));
  }

  /** Runs the worker with the given backends (tests add their own); returns the exit status. */
  public static int run(String[] args, Backends backends) {
    return new CommandLine(new GpuWorkerMain(backends)).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    WorkerConfig cfg;
    Backend be;
    try {
      cfg = ConfigLoader.load(config, System.getenv(), commandLineValues());
      be = backends.create(cfg);
    } catch (ConfigException e) {
      spec.commandLine().getErr().println("veil-gpu-worker: " + e.getMessage());
      return 2;
    }
    if (be instanceof EchoBackend) {
      LOG.warn("backend {} answers every item not sensitive: a benchmark baseline, not a filter",
          be.name());
    }
    try {
      be.start();
      return serve(cfg, be);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 1;
    } catch (Exception e) {
      // Backends and the socket report without content; the type says what kind of failure.
      LOG.error("worker {} cannot start: {}: {}", cfg.name(), e.getClass().getSimpleName(),
          e.getMessage());
      return 1;
    } finally {
      be.close();
    }
  }

  private static int serve(WorkerConfig cfg, Backend be) throws InterruptedException {
    WorkerServer server = new WorkerServer(cfg, be);
    CountDownLatch stop = new CountDownLatch(1);
    // Handling TERM ourselves, instead of in a shutdown hook, lets the process drain and exit 0.
    Signal.handle(new Signal("TERM"), s -> stop.countDown());
    Signal.handle(new Signal("INT"), s -> stop.countDown());
    String endpoint = server.start();
    LOG.info("worker {} listening on {} with backend {} (threads={}, max-batch={},"
            + " max-wait-ms={}, queue-capacity={}, heartbeat-ms={})", cfg.name(), endpoint,
        be.name(), cfg.threads(), cfg.maxBatch(), cfg.maxWaitMs(), cfg.queueCapacity(),
        cfg.heartbeatMs());
    if (cfg.curve() != null) {
      LOG.info("worker {} link is CURVE-encrypted; server public key {}", cfg.name(),
          cfg.curve().publicZ85());
    } else if (!endpoint.startsWith("tcp://127.") && !endpoint.startsWith("ipc:")
        && !endpoint.startsWith("inproc:")) {
      LOG.warn("worker {} listens on {} without CURVE: events cross the network in plaintext and"
          + " any client can connect (set --curve-public-key-file and --curve-secret-key-file)",
          cfg.name(), endpoint);
    }
    stop.await();
    LOG.info("worker {} stopping", cfg.name());
    server.shutdown();
    LOG.info("worker {} stopped", cfg.name());
    return 0;
  }

  /** The options given on the command line, by config key (the long name without dashes). */
  private Map<String, String> commandLineValues() {
    Map<String, String> out = new LinkedHashMap<>();
    for (OptionSpec o : spec.commandLine().getParseResult().matchedOptions()) {
      String key = o.longestName().substring(2);
      if (WorkerConfig.DEFAULTS.containsKey(key)) {
        out.put(key, String.valueOf((Object) o.getValue()));
      }
    }
    return out;
  }
}
