package io.veil.gateway.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.PrometheusScrapingHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Mounts the management routes: {@code /health/live}, {@code /health/ready} (200 while at least
 * one worker is live, else 503), {@code /metrics} (Prometheus) and {@code /openapi.yaml}.
 */
public final class ManagementRoutes {

  /** The OpenAPI document on the classpath, the same file kept in the repository. */
  static final String OPENAPI = "/openapi.yaml";

  private ManagementRoutes() {}

  /** Mounts the management routes on {@code router}. */
  public static void mount(Router router, Services s) {
    Buffer openapi = Buffer.buffer(openapi());
    router.get("/health/live").handler(ctx -> ctx.response()
        .putHeader("Content-Type", ApiRoutes.JSON).end("{\"status\":\"up\"}"));
    router.get("/health/ready").handler(ctx -> {
      boolean ready = s.dispatcher().anyLive();
      ctx.response().setStatusCode(ready ? 200 : 503).putHeader("Content-Type", ApiRoutes.JSON)
          .end(ready ? "{\"status\":\"ready\"}" : "{\"status\":\"no_live_worker\"}");
    });
    router.get("/metrics").handler(PrometheusScrapingHandler.create(s.registry()));
    router.get(OPENAPI).handler(ctx -> ctx.response()
        .putHeader("Content-Type", "application/yaml").end(openapi));
  }

  private static byte[] openapi() {
    try (InputStream in = ManagementRoutes.class.getResourceAsStream(OPENAPI)) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml missing from the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
