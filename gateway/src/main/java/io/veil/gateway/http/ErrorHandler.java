package io.veil.gateway.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.gateway.dispatch.DispatchException;
import io.veil.gateway.input.BadInputException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one failure handler: every error becomes {@code {"error":{"code","message","field"}}} with
 * its status. Messages name the rule and the field and never echo the request.
 */
final class ErrorHandler implements Handler<RoutingContext> {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);
  /** Seconds a shed client should wait: one deadline is well under it, so capacity has freed. */
  static final String RETRY_AFTER_SECONDS = "1";

  private final Services services;

  ErrorHandler(Services services) {
    this.services = services;
  }

  @Override
  public void handle(RoutingContext ctx) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    Throwable f = unwrap(ctx.failure());
    if (f instanceof BadInputException b) {
      write(ctx, b.status(), b.code(), b.getMessage(), b.field());
    } else if (f instanceof Overloaded) {
      ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
      write(ctx, 503, "overloaded", "too many events in flight; retry later", null);
    } else if (f instanceof DispatchException d) {
      ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
      write(ctx, 503, "no_decision",
          "no worker gave a valid answer in time (" + d.reason().name().toLowerCase() + ")", null);
    } else if (f != null) {
      LOG.error("internal error on {}: {}", routeOf(ctx), f.getClass().getName());
      write(ctx, 500, "internal", "internal error", null);
    } else {
      byStatus(ctx, ctx.statusCode());
    }
  }

  /** Writes the error for a status that came without an exception (Vert.x handlers, 404). */
  void byStatus(RoutingContext ctx, int status) {
    switch (status) {
      case 401 -> {
        ctx.response().putHeader("WWW-Authenticate", "Bearer");
        write(ctx, 401, "unauthorized", "a valid bearer token is required", "Authorization");
      }
      case 404 -> write(ctx, 404, "not_found", "no such route", null);
      case 405 -> write(ctx, 405, "method_not_allowed", "method not allowed on this route", null);
      case 408 -> write(ctx, 408, "request_timeout", "the request did not arrive in time", null);
      case 413 -> write(ctx, 413, "body_too_large",
          "the body is larger than " + services.config().limits().bodyBytes() + " bytes", null);
      case 503 -> {
        ctx.response().putHeader("Retry-After", RETRY_AFTER_SECONDS);
        write(ctx, 503, "unavailable", "unavailable; retry later", null);
      }
      default -> write(ctx, status >= 400 ? status : 500, status >= 400 && status < 500
          ? "bad_request" : "internal", "the request failed", null);
    }
  }

  private void write(RoutingContext ctx, int status, String code, String message, String field) {
    services.metrics().rejected(code);
    JsonNodeFactory nodes = services.json().nodes();
    ObjectNode error = nodes.objectNode();
    ObjectNode e = error.putObject("error");
    e.put("code", code);
    e.put("message", message);
    if (field == null) {
      e.putNull("field");
    } else {
      e.put("field", field);
    }
    ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
        .end(services.json().write(error));
  }

  static Throwable unwrap(Throwable t) {
    while (t instanceof CompletionException && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  static String routeOf(RoutingContext ctx) {
    return ApiRoutes.routeLabel(ctx.request().path());
  }
}
