package io.veil.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * TEST ONLY: starts the packaged gateway and worker jars as child processes on loopback, writes
 * their inventory, and stops every process it started (and their descendants, such as a worker's
 * model server) on {@link #close()}. Every byte a child writes goes to {@code dir/NAME.log}.
 */
final class Fleet implements AutoCloseable {

  static final Path GATEWAY_JAR = Path.of("..", "gateway", "target", "veil-gateway.jar");
  static final Path WORKER_JAR = Path.of("..", "gpu-worker", "target", "veil-gpu-worker.jar");
  static final Path STANDIN = Path.of("..", "gpu-worker", "src", "main", "python",
      "standin_model_server.py");

  private final Path dir;
  private final Path inventory;
  private final Path keep;
  private final List<Process> started = new ArrayList<>();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();
  private int apiPort;
  private int managementPort;
  private Process gateway;

  /** A fleet whose logs are kept, after close, under {@code target/reliability/logs/NAME}. */
  Fleet(Path dir, String name) {
    this.dir = dir;
    this.keep = Path.of("target", "reliability", "logs", name);
    this.inventory = dir.resolve("inventory.yaml");
    for (Path jar : List.of(GATEWAY_JAR, WORKER_JAR)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing: run mvn -pl reliability -am verify");
      }
    }
  }

  /** A loopback port that was free a moment ago. */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  Path dir() {
    return dir;
  }

  Path inventory() {
    return inventory;
  }

  int apiPort() {
    return apiPort;
  }

  int managementPort() {
    return managementPort;
  }

  Process gateway() {
    return gateway;
  }

  /** The API's base URI. */
  URI api() {
    return URI.create("http://127.0.0.1:" + apiPort);
  }

  /** Starts an embedded-backend worker on {@code port}; {@code extra} adds options. */
  Process worker(String name, int port, String... extra) throws IOException {
    List<String> args = new ArrayList<>(List.of("-jar", WORKER_JAR.toString(), "--bind",
        "tcp://127.0.0.1:" + port, "--name", name, "--threads", "1", "--drain-ms", "500"));
    if (!List.of(extra).contains("--backend")) {
      args.addAll(List.of("--backend", "embedded"));
    }
    args.addAll(List.of(extra));
    return java(name, Map.of(), args);
  }

  /**
   * Starts a {@code cascade} worker supervising the stand-in model server (a python child) on
   * {@code modelPort}; the detector's clear answers stay the detector's, uncertain ones go to the
   * stand-in.
   */
  Process cascadeWorker(String name, int port, int modelPort) throws IOException {
    String standin = "python3 -u " + STANDIN.toAbsolutePath() + " --port {port}";
    return worker(name, port, "--backend", "cascade", "--model-command", standin,
        "--model-url", "http://127.0.0.1:" + modelPort, "--gpu", "0",
        "--model-timeout-ms", "2000");
  }

  /**
   * Starts the gateway on free ports with {@code env} added (e.g. {@code VEIL_API_TOKEN}) and
   * waits until its management port answers {@code /health/live}.
   */
  Process startGateway(Map<String, String> env, String... args) throws Exception {
    apiPort = freePort();
    managementPort = freePort();
    Map<String, String> e = new LinkedHashMap<>(env);
    e.put("VEIL_HTTP_PORT", String.valueOf(apiPort));
    e.put("VEIL_MANAGEMENT_PORT", String.valueOf(managementPort));
    List<String> a = new ArrayList<>(List.of("-jar", GATEWAY_JAR.toString(), "--inventory",
        inventory.toString()));
    a.addAll(List.of(args));
    gateway = java("gateway", e, a);
    await(() -> status("/health/live") == 200, Duration.ofSeconds(60), "gateway /health/live");
    return gateway;
  }

  private Process java(String name, Map<String, String> env, List<String> args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Small heaps and one JIT thread: the build machine's two cores are shared.
    cmd.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve(name + ".log").toFile()));
    pb.environment().putAll(env);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  /** One inventory entry: a name, a port and optionally the worker's CURVE public key file. */
  record Entry(String name, int port, Path curveKeyFile) {
    Entry(String name, int port) {
      this(name, port, null);
    }
  }

  /** Replaces the inventory atomically, as an operator's editor would. */
  void writeInventory(List<Entry> entries) throws IOException {
    StringBuilder b = new StringBuilder("workers:\n");
    for (Entry e : entries) {
      b.append("  - name: ").append(e.name()).append("\n    host: localhost\n")
          .append("    endpoint: tcp://127.0.0.1:").append(e.port()).append('\n')
          .append("    gpu: null\n    backend: embedded\n    model: null\n");
      if (e.curveKeyFile() != null) {
        b.append("    curve_server_key_file: ").append(e.curveKeyFile()).append('\n');
      }
    }
    Path tmp = dir.resolve("inventory.tmp");
    Files.writeString(tmp, b, StandardCharsets.UTF_8);
    Files.move(tmp, inventory, StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }

  /** GET on the management port; -1 when it does not answer. */
  int status(String path) {
    try {
      return http.send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + managementPort + path))
          .timeout(Duration.ofSeconds(3)).GET().build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** GET of a management page's body ({@code /metrics}). */
  String management(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + managementPort + path))
        .timeout(Duration.ofSeconds(5)).GET().build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  /** POSTs {@code body} to the API with {@code headers} (name, value, ...). */
  HttpResponse<String> post(String path, String type, byte[] body, String... headers)
      throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(api().resolve(path))
        .timeout(Duration.ofSeconds(15)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** POSTs one JSON event to {@code /v1/filter}. */
  HttpResponse<String> filter(String json) throws Exception {
    return post("/v1/filter", "application/json", json.getBytes(StandardCharsets.UTF_8));
  }

  /** Waits (polling every 100 ms) until {@code condition} holds, or fails naming {@code what}. */
  static void await(BooleanSupplier condition, Duration max, String what)
      throws InterruptedException {
    long end = System.nanoTime() + max.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > end) {
        throw new AssertionError("timed out after " + max.toSeconds() + " s waiting for " + what);
      }
      Thread.sleep(100);
    }
  }

  /** Sends a signal ({@code STOP}, {@code CONT}) to a process with {@code kill}. */
  static void signal(long pid, String signal) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid))
        .redirectErrorStream(true).start();
    if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
      throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
    }
  }

  /** kill -9 of a process and its descendants; waits for it to go. */
  static void killHard(Process p) throws InterruptedException {
    List<ProcessHandle> tree = p.descendants().toList();
    p.destroyForcibly();
    tree.forEach(ProcessHandle::destroyForcibly);
    p.waitFor(10, TimeUnit.SECONDS);
  }

  /** SIGTERM, then kill -9 if it has not gone within 10 s; descendants go too. */
  static void stop(Process p) throws InterruptedException {
    List<ProcessHandle> tree = p.descendants().toList();
    p.destroy();
    if (!p.waitFor(10, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      p.waitFor(5, TimeUnit.SECONDS);
    }
    tree.forEach(ProcessHandle::destroyForcibly);
  }

  /** Everything every child wrote, plus every other file in the directory (audit log...). */
  String everythingWritten() throws IOException {
    StringBuilder b = new StringBuilder();
    try (var files = Files.list(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        if (!f.getFileName().toString().startsWith("inventory")) {
          b.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8)).append('\n');
        }
      }
    }
    return b.toString();
  }

  @Override
  public void close() throws InterruptedException {
    List<ProcessHandle> tree = new ArrayList<>();
    for (Process p : started) {
      tree.addAll(p.descendants().toList());
      // A stopped process ignores SIGTERM until continued.
      try {
        signal(p.pid(), "CONT");
      } catch (Exception ignored) {
        // Already gone.
      }
      p.destroy();
    }
    for (Process p : started) {
      if (!p.waitFor(10, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        p.waitFor(5, TimeUnit.SECONDS);
      }
    }
    tree.forEach(ProcessHandle::destroyForcibly);
    keepLogs();
  }

  /** Copies the logs where a failed run can be read after the temporary directory is gone. */
  private void keepLogs() {
    try {
      Files.createDirectories(keep);
      try (var files = Files.list(dir)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          Files.copy(f, keep.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      System.err.println("could not keep the logs of " + dir + ": " + e);
    }
  }
}
