package io.veil.gateway.testing;

import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.dispatch.Dispatcher;
import io.veil.gateway.http.GatewayVerticle;
import io.veil.gateway.http.Services;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** TEST ONLY: a gateway on port 0 in a test's Vert.x, and an HTTP client for it. */
public final class HttpHarness implements AutoCloseable {

  public final Services services;
  public final int apiPort;
  public final int managementPort;
  private final ExecutorService pool;
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private HttpHarness(Services services, int apiPort, int managementPort, ExecutorService pool) {
    this.services = services;
    this.apiPort = apiPort;
    this.managementPort = managementPort;
    this.pool = pool;
  }

  /** Deploys a gateway with {@code config} (ports forced to 0) and {@code dispatcher}. */
  public static HttpHarness start(Vertx vertx, GatewayConfig config, Dispatcher dispatcher)
      throws Exception {
    ExecutorService pool = Services.filterPool();
    Services s = Services.create(config.withPorts(0, 0), dispatcher, Fixtures.registry(), pool);
    GatewayVerticle v = new GatewayVerticle(s);
    vertx.deployVerticle(v).await(10, TimeUnit.SECONDS);
    return new HttpHarness(s, v.apiPort(), v.managementPort(), pool);
  }

  /** POSTs to the API and waits (bounded) for the answer. */
  public HttpResponse<String> post(String path, String type, byte[] body, String... headers)
      throws Exception {
    return postAsync(path, type, body, headers).get(15, TimeUnit.SECONDS);
  }

  public HttpResponse<String> post(String path, String type, String body, String... headers)
      throws Exception {
    return post(path, type, body.getBytes(StandardCharsets.UTF_8), headers);
  }

  /** POSTs without waiting. */
  public CompletableFuture<HttpResponse<String>> postAsync(String path, String type, byte[] body,
      String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + apiPort + path))
        .timeout(Duration.ofSeconds(15)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (type != null) {
      b.header("Content-Type", type);
    }
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.sendAsync(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** GETs from the management port. */
  public HttpResponse<String> management(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + managementPort + path)).timeout(Duration.ofSeconds(10))
        .GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Writes {@code head} (request line and headers) and {@code body} on a raw socket, pausing
   * {@code pauseMillis} between body bytes when positive, and returns what the server answered
   * until it closed or {@code readMillis} passed.
   */
  public String raw(String head, byte[] body, long pauseMillis, int readMillis)
      throws IOException, InterruptedException {
    try (Socket s = new Socket("127.0.0.1", apiPort)) {
      s.setSoTimeout(readMillis);
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      try {
        if (pauseMillis <= 0) {
          out.write(body);
        } else {
          for (byte x : body) {
            out.write(x);
            out.flush();
            Thread.sleep(pauseMillis);
            if (s.getInputStream().available() > 0) {
              break;
            }
          }
        }
        out.flush();
      } catch (IOException e) {
        // The server may answer and close before the whole body is written; read what it said.
      }
      ByteArrayOutputStream got = new ByteArrayOutputStream();
      InputStream in = s.getInputStream();
      byte[] buf = new byte[8192];
      try {
        int n;
        while ((n = in.read(buf)) > 0) {
          got.write(buf, 0, n);
          if (got.toString(StandardCharsets.UTF_8).contains("}}")) {
            break;
          }
        }
      } catch (IOException e) {
        // timeout or reset after the answer: return what arrived
      }
      return got.toString(StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }
}
