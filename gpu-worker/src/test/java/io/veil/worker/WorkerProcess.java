package io.veil.worker;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A worker running as a child process: the packaged jar, or {@link TestWorkerMain} on the test
 * classpath. Its output goes to a file (a pipe read while the process exits can lose the last
 * lines) under {@code target/worker-logs}, from which the endpoint it bound is read. Always
 * killed on close.
 */
final class WorkerProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("listening on (\\S+)");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

  private final Process process;
  private final Path log;

  private WorkerProcess(List<String> command) throws IOException {
    Path dir = Files.createDirectories(Path.of("target", "worker-logs"));
    log = Files.createTempFile(dir, "worker-", ".log");
    process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(log.toFile()).start();
  }

  /** The packaged {@code veil-gpu-worker.jar}. */
  static WorkerProcess jar(String... args) throws IOException {
    Path jar = Path.of("target", "veil-gpu-worker.jar");
    if (!Files.exists(jar)) {
      fail("package the module first: %s is missing", jar.toAbsolutePath());
    }
    List<String> cmd = java();
    cmd.add("-jar");
    cmd.add(jar.toString());
    cmd.addAll(List.of(args));
    return new WorkerProcess(cmd);
  }

  /** {@link TestWorkerMain}, which adds the {@code scripted} backend. */
  static WorkerProcess withTestBackends(String... args) throws IOException {
    List<String> cmd = java();
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(TestWorkerMain.class.getName());
    cmd.addAll(List.of(args));
    return new WorkerProcess(cmd);
  }

  private static List<String> java() {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // Small and quick to start: these workers serve a handful of test requests.
    cmd.add("-Xmx256m");
    cmd.add("-XX:TieredStopAtLevel=1");
    return cmd;
  }

  /** The endpoint the worker bound, once it logged it. */
  String endpoint() throws InterruptedException {
    long until = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < until) {
      Matcher m = LISTENING.matcher(output());
      if (m.find()) {
        return m.group(1);
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(50);
    }
    return fail("worker did not start within %s; output:%n%s", START_TIMEOUT, output());
  }

  /** Sends SIGTERM. */
  void terminate() {
    process.destroy();
  }

  /** Waits for the exit status, or fails after {@code timeout}. */
  int exitCode(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("worker still running after %s; output:%n%s", timeout, output());
    }
    return process.exitValue();
  }

  /** Everything the worker printed so far. */
  String output() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Kills the worker; its log stays in {@code target/worker-logs} for diagnosis. */
  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
