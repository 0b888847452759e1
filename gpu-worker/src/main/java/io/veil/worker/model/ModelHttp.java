package io.veil.worker.model;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * The HTTP transport to one model server: JSON posts with a latency bound, and the health and
 * readiness probes the supervisor polls. Thread-safe.
 */
public final class ModelHttp {

  /** Connecting to a loopback server takes microseconds; a second means it is not listening. */
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);

  private final URI base;
  private final Duration requestTimeout;
  private final HttpClient client;

  /**
   * @param base the server's base URL, e.g. {@code http://127.0.0.1:8081}
   * @param requestTimeout the latency bound of a scoring request; slower counts as a hang
   */
  public ModelHttp(URI base, Duration requestTimeout) {
    this.base = Objects.requireNonNull(base, "base");
    this.requestTimeout = Objects.requireNonNull(requestTimeout, "requestTimeout");
    // HTTP/1.1: Python's http.server and llama.cpp do not speak h2c.
    this.client = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(CONNECT_TIMEOUT)
        .build();
  }

  /** The server's base URL. */
  public URI base() {
    return base;
  }

  /**
   * Posts a JSON body and returns the response body of a 200 answer.
   *
   * @throws ModelException TIMEOUT past the latency bound, UNAVAILABLE on I/O errors or non-200
   */
  public String postJson(String path, byte[] json) throws ModelException {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(json))
        .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new ModelException(ModelException.Kind.TIMEOUT,
          "model server did not answer " + path + " within " + requestTimeout.toMillis() + " ms", e);
    } catch (IOException e) {
      throw new ModelException(ModelException.Kind.UNAVAILABLE,
          "model server unreachable on " + path + ": " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ModelException(ModelException.Kind.UNAVAILABLE, "interrupted", e);
    }
    if (response.statusCode() != 200) {
      throw new ModelException(ModelException.Kind.UNAVAILABLE,
          "model server answered " + path + " with status " + response.statusCode());
    }
    return response.body();
  }

  /**
   * Whether {@code GET path} answers 200 within {@code timeout}; any error or other status is
   * false. Used for {@code /health} and {@code /ready}.
   */
  public boolean probe(String path, Duration timeout) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
