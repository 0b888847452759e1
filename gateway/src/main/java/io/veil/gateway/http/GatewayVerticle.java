package io.veil.gateway.http;

import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;

/**
 * Wires the API and management servers from {@link Services}; holds no logic. The bound ports are
 * readable after start, for tests that bind port 0.
 */
public final class GatewayVerticle extends VerticleBase {

  private final Services services;
  private HttpServer api;
  private HttpServer management;

  /** A verticle serving {@code services}. */
  public GatewayVerticle(Services services) {
    this.services = services;
  }

  @Override
  public Future<?> start() {
    var c = services.config();
    Router apiRouter = Router.router(vertx);
    ApiRoutes.mount(apiRouter, services);
    Router mgmtRouter = Router.router(vertx);
    ManagementRoutes.mount(mgmtRouter, services);
    // Idle connections (a client that stops sending headers) close after the request timeout.
    int idle = (int) Math.max(1, c.limits().requestTimeout().toSeconds());
    api = vertx.createHttpServer(new HttpServerOptions().setHost(c.httpHost())
        .setPort(c.httpPort()).setIdleTimeout(idle).setIdleTimeoutUnit(TimeUnit.SECONDS)
        .setMaxInitialLineLength(8192).setMaxHeaderSize(16384))
        .requestHandler(apiRouter);
    management = vertx.createHttpServer(new HttpServerOptions().setHost(c.managementHost())
        .setPort(c.managementPort())).requestHandler(mgmtRouter);
    return Future.all(api.listen(), management.listen());
  }

  /** The API port actually bound. */
  public int apiPort() {
    return api.actualPort();
  }

  /** The management port actually bound. */
  public int managementPort() {
    return management.actualPort();
  }
}
