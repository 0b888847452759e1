package io.veil.gateway.it;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** TEST ONLY: starts the packaged jars as child processes and stops every one it started. */
final class Processes implements AutoCloseable {

  static final Path GATEWAY_JAR = Path.of("target", "veil-gateway.jar");
  static final Path WORKER_JAR = Path.of("..", "gpu-worker", "target", "veil-gpu-worker.jar");

  private final Path logs;
  private final List<Process> started = new ArrayList<>();

  Processes(Path logs) {
    this.logs = logs;
    for (Path jar : List.of(GATEWAY_JAR, WORKER_JAR)) {
      if (!Files.isRegularFile(jar)) {
        throw new IllegalStateException(jar + " is missing: run mvn -pl gateway -am verify");
      }
    }
  }

  /** A free loopback port (closed again at once; the child binds it a moment later). */
  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** Starts an embedded-backend worker bound to {@code port}; output goes to {@code name.log}. */
  Process worker(String name, int port) throws IOException {
    return start(name, Map.of(), "-jar", WORKER_JAR.toString(), "--bind",
        "tcp://127.0.0.1:" + port, "--backend", "embedded");
  }

  /** Starts the gateway with {@code env} added to this environment. */
  Process gateway(Map<String, String> env, String... args) throws IOException {
    List<String> a = new ArrayList<>(List.of("-jar", GATEWAY_JAR.toString()));
    a.addAll(List.of(args));
    return start("gateway", env, a.toArray(String[]::new));
  }

  private Process start(String name, Map<String, String> env, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Small heaps and one JIT thread: the build machine's cores are shared.
    cmd.addAll(List.of("-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1"));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
    pb.environment().putAll(env);
    Process p = pb.start();
    started.add(p);
    return p;
  }

  /** Everything the children wrote. */
  String allLogs() throws IOException {
    StringBuilder b = new StringBuilder();
    try (var files = Files.list(logs)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".log")).toList()) {
        b.append(Files.readString(f));
      }
    }
    return b.toString();
  }

  /** Kills a child at once (SIGKILL) and waits for it to go. */
  static void kill(Process p) throws InterruptedException {
    p.destroyForcibly();
    p.waitFor(10, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws InterruptedException {
    for (Process p : started) {
      p.destroy();
    }
    for (Process p : started) {
      if (!p.waitFor(5, TimeUnit.SECONDS)) {
        kill(p);
      }
    }
  }
}
