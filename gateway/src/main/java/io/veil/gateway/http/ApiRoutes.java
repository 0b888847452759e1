package io.veil.gateway.http;

import io.veil.gateway.input.BadInputException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.TimeoutHandler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Mounts the API: {@code POST /v1/filter}, {@code /v1/filter/batch}, {@code /v1/classify}, {@code
 * /v1/classify/batch}. Before any handler runs: bearer token (when configured), admission (503
 * with Retry-After past the in-flight limit), request timeout (408), body limit (413), content
 * type (400).
 */
public final class ApiRoutes {

  /** The routes, the closed set of {@code route} metric labels (plus {@code other}). */
  static final Set<String> ROUTES =
      Set.of("/v1/filter", "/v1/filter/batch", "/v1/classify", "/v1/classify/batch");
  static final String JSON = "application/json";
  static final String NDJSON = "application/x-ndjson";
  private static final Set<String> NDJSON_TYPES =
      Set.of(NDJSON, "application/ndjson", "application/jsonl", "application/x-jsonlines");
  private static final String PERMITS = "veil.permits";

  private ApiRoutes() {}

  /** Mounts the API routes and their failure handling on {@code router}. */
  public static void mount(Router router, Services s) {
    ErrorHandler errors = new ErrorHandler(s);
    router.route().handler(ctx -> timed(ctx, s));
    router.route("/v1/*").handler(ctx -> authorize(ctx, s));
    router.route("/v1/*").handler(ctx -> admit(ctx, s));
    router.route("/v1/*").handler(TimeoutHandler.create(
        s.config().limits().requestTimeout().toMillis(), 408));
    router.route("/v1/*").handler(BodyHandler.create(false)
        .setBodyLimit(s.config().limits().bodyBytes()).setHandleFileUploads(false));
    router.post("/v1/filter").handler(ctx -> requireType(ctx, JSON))
        .handler(ctx -> FilterHandlers.filter(ctx, s));
    router.post("/v1/filter/batch").handler(ctx -> requireType(ctx, NDJSON))
        .handler(ctx -> FilterHandlers.batch(ctx, s));
    router.post("/v1/classify").handler(ctx -> requireType(ctx, JSON))
        .handler(ctx -> FilterHandlers.classify(ctx, s));
    router.post("/v1/classify/batch").handler(ctx -> requireType(ctx, JSON))
        .handler(ctx -> FilterHandlers.classifyBatch(ctx, s));
    router.route().failureHandler(errors);
    router.errorHandler(404, ctx -> errors.byStatus(ctx, 404));
    router.errorHandler(405, ctx -> errors.byStatus(ctx, 405));
  }

  /** The metric label of a request path: one of {@link #ROUTES} or {@code other}. */
  static String routeLabel(String path) {
    return path != null && ROUTES.contains(path) ? path : "other";
  }

  private static void timed(RoutingContext ctx, Services s) {
    long start = System.nanoTime();
    String route = routeLabel(ctx.request().path());
    ctx.addEndHandler(ar -> {
      s.metrics().request(route, ctx.response().getStatusCode(), System.nanoTime() - start);
      Integer permits = ctx.get(PERMITS);
      if (permits != null) {
        s.admission().release(permits);
      }
    });
    ctx.next();
  }

  private static void authorize(RoutingContext ctx, Services s) {
    if (s.config().apiToken().isEmpty()) {
      ctx.next();
      return;
    }
    String header = ctx.request().getHeader("Authorization");
    byte[] expected = ("Bearer " + s.config().apiToken().get()).getBytes(StandardCharsets.UTF_8);
    byte[] given = header == null ? new byte[0] : header.getBytes(StandardCharsets.UTF_8);
    // Constant-time comparison: the time taken must not reveal how much of the token matched.
    if (MessageDigest.isEqual(expected, given)) {
      ctx.next();
    } else {
      ctx.fail(401);
    }
  }

  private static void admit(RoutingContext ctx, Services s) {
    if (!s.admission().tryAcquire(1)) {
      s.metrics().shed(routeLabel(ctx.request().path()));
      ctx.fail(new Overloaded());
      return;
    }
    ctx.put(PERMITS, 1);
    ctx.next();
  }

  /** Takes {@code more} permits for a batch's further events, or fails the request with 503. */
  static boolean admitMore(RoutingContext ctx, Services s, int more) {
    if (more <= 0) {
      return true;
    }
    if (!s.admission().tryAcquire(more)) {
      s.metrics().shed(routeLabel(ctx.request().path()));
      ctx.fail(new Overloaded());
      return false;
    }
    Integer held = ctx.get(PERMITS);
    ctx.put(PERMITS, (held == null ? 0 : held) + more);
    return true;
  }

  private static void requireType(RoutingContext ctx, String type) {
    String header = ctx.request().getHeader("Content-Type");
    String[] parts = header == null ? new String[] {""} : header.split(";");
    String mime = parts[0].trim().toLowerCase(Locale.ROOT);
    boolean ok = type.equals(NDJSON) ? NDJSON_TYPES.contains(mime) : type.equals(mime);
    for (int i = 1; i < parts.length && ok; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT).replace("\"", "");
      ok = !p.startsWith("charset=") || p.equals("charset=utf-8");
    }
    if (!ok) {
      ctx.fail(BadInputException.badRequest("unsupported_content_type",
          "Content-Type must be " + type + " (UTF-8)", "Content-Type"));
      return;
    }
    ctx.next();
  }

  /** Writes a future's text with {@code type} on the request's context, or fails the request. */
  static void respond(RoutingContext ctx, CompletionStage<String> body, String type) {
    Future.fromCompletionStage(body, ctx.vertx().getOrCreateContext()).onComplete(ar -> {
      if (ctx.response().ended() || ctx.response().closed()) {
        return;
      }
      if (ar.succeeded()) {
        ctx.response().putHeader("Content-Type", type).end(ar.result());
      } else {
        ctx.fail(ErrorHandler.unwrap(ar.cause()));
      }
    });
  }

  /** The request body's bytes, empty when there is none. */
  static byte[] bytes(RoutingContext ctx) {
    Buffer b = ctx.body() == null ? null : ctx.body().buffer();
    return b == null ? new byte[0] : b.getBytes();
  }
}
