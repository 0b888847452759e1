package io.veil.worker.supervisor;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Test helpers around {@code standin_model_server.py}, the stand-in for the GPU model server: its
 * command line, a free port, its control endpoint, and short supervisor timings.
 */
public final class StandinServer {

  /** The stand-in script, found from the module directory (Maven's working directory). */
  public static final Path SCRIPT =
      Path.of("src/main/python/standin_model_server.py").toAbsolutePath();

  private StandinServer() {}

  /** python3 from PATH. */
  public static String python() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path p = Path.of(dir, "python3");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    throw new IllegalStateException("python3 not found on PATH");
  }

  /** A port that was free a moment ago. */
  public static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** The base URL of a stand-in on {@code port}. */
  public static URI url(int port) {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** The stand-in's command line with extra flags. */
  public static List<String> command(int port, String... flags) {
    if (!Files.isRegularFile(SCRIPT)) {
      throw new IllegalStateException("stand-in script missing: " + SCRIPT);
    }
    List<String> cmd = new ArrayList<>(List.of(python(), "-u", SCRIPT.toString(), "--port",
        String.valueOf(port)));
    cmd.addAll(List.of(flags));
    return cmd;
  }

  /** Supervisor timings short enough for tests: probes every 100 ms, back-off 100 ms to 800 ms. */
  public static SupervisorConfig.Builder fastConfig(List<String> command, URI url) {
    return SupervisorConfig.builder(command, url)
        .gpu("7")
        .startTimeout(Duration.ofSeconds(10))
        .readyPollInterval(Duration.ofMillis(50))
        .healthInterval(Duration.ofMillis(100))
        // Generous: a loaded build machine must not make a healthy stand-in look hung.
        .healthTimeout(Duration.ofMillis(1000))
        .livenessFailures(3)
        .backoff(Duration.ofMillis(100), Duration.ofMillis(800))
        .downAfterFailures(3)
        .stopGrace(Duration.ofSeconds(3));
  }

  /** Switches a running stand-in's mode through {@code POST /control}. */
  public static void control(URI url, String json) throws Exception {
    HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpResponse<String> r = c.send(HttpRequest.newBuilder(url.resolve("/control"))
        .timeout(Duration.ofSeconds(2))
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException("control answered " + r.statusCode());
    }
  }

  /** The body of {@code GET path}. */
  public static String get(URI url, String path) throws Exception {
    HttpClient c = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    return c.send(HttpRequest.newBuilder(url.resolve(path)).timeout(Duration.ofSeconds(2)).build(),
        HttpResponse.BodyHandlers.ofString()).body();
  }

  /** Polls {@code condition} every 20 ms until it holds or {@code timeout} passes. */
  public static boolean await(BooleanSupplier condition, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return condition.getAsBoolean();
  }
}
