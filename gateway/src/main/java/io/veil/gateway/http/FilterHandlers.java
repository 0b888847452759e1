package io.veil.gateway.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.gateway.filter.ClassifyService;
import io.veil.gateway.input.BadInputException;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The API's handlers: take the body, call the filter package, write the answer. */
final class FilterHandlers {

  private FilterHandlers() {}

  static void filter(RoutingContext ctx, Services s) {
    CompletableFuture<String> out = s.filter().filter(ApiRoutes.bytes(ctx))
        .thenApply(r -> s.json().write(r.toJson(s.json().nodes())));
    ApiRoutes.respond(ctx, out, ApiRoutes.JSON);
  }

  /**
   * NDJSON in, NDJSON out, one output line per input line in order; a bad line gets an error line
   * ({@code {"error":{...,"line":n}}}) and the others go on. The final empty line after the last
   * newline is not a line.
   */
  static void batch(RoutingContext ctx, Services s) {
    List<byte[]> lines = lines(ApiRoutes.bytes(ctx));
    if (lines.isEmpty()) {
      ctx.fail(BadInputException.badRequest("empty_body", "the body holds no lines", null));
      return;
    }
    if (lines.size() > s.config().limits().batchItems()) {
      ctx.fail(BadInputException.badRequest("too_many_items",
          "the batch holds more than " + s.config().limits().batchItems() + " lines", null));
      return;
    }
    if (!ApiRoutes.admitMore(ctx, s, lines.size() - 1)) {
      return;
    }
    List<CompletableFuture<String>> outs = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      int line = i + 1;
      outs.add(s.filter().filter(lines.get(i))
          .thenApply(r -> s.json().write(r.toJson(s.json().nodes())))
          .exceptionally(e -> errorLine(s, e, line)));
    }
    CompletableFuture<String> all = CompletableFuture.allOf(outs.toArray(CompletableFuture[]::new))
        .thenApply(v -> {
          StringBuilder b = new StringBuilder();
          outs.forEach(f -> b.append(f.join()).append('\n'));
          return b.toString();
        });
    ApiRoutes.respond(ctx, all, ApiRoutes.NDJSON);
  }

  private static String errorLine(Services s, Throwable e, int line) {
    Throwable t = ErrorHandler.unwrap(e);
    if (!(t instanceof BadInputException b)) {
      throw t instanceof RuntimeException r ? r : new CompletionException(t);
    }
    s.metrics().rejected(b.code());
    ObjectNode n = s.json().nodes().objectNode();
    ObjectNode err = n.putObject("error");
    err.put("code", b.code());
    err.put("message", b.getMessage());
    if (b.field() == null) {
      err.putNull("field");
    } else {
      err.put("field", b.field());
    }
    err.put("line", line);
    return s.json().write(n);
  }

  static List<byte[]> lines(byte[] body) {
    List<byte[]> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= body.length; i++) {
      if (i == body.length || body[i] == '\n') {
        if (i == body.length && start == body.length) {
          break;
        }
        int end = i > start && body[i - 1] == '\r' ? i - 1 : i;
        out.add(Arrays.copyOfRange(body, start, end));
        start = i + 1;
      }
    }
    return out;
  }

  static void classify(RoutingContext ctx, Services s) {
    byte[] body = ApiRoutes.bytes(ctx);
    CompletableFuture<String> out = CompletableFuture
        .supplyAsync(() -> s.classify().item(s.json().read(body), "$"), s.filter().executor())
        .thenCompose(item -> s.classify().classify(List.of(item)))
        .thenApply(ds -> s.json().write(ClassifyService.toJson(ds.get(0), s.json().nodes())));
    ApiRoutes.respond(ctx, out, ApiRoutes.JSON);
  }

  static void classifyBatch(RoutingContext ctx, Services s) {
    byte[] body = ApiRoutes.bytes(ctx);
    CompletableFuture<String> out = CompletableFuture
        .supplyAsync(() -> s.classify().items(s.json().read(body)), s.filter().executor())
        .thenCompose(items -> s.classify().classify(items))
        .thenApply(ds -> s.json().write(ClassifyService.toJson(ds, s.json().nodes())));
    ApiRoutes.respond(ctx, out, ApiRoutes.JSON);
  }
}
