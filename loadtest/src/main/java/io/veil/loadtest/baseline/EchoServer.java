package io.veil.loadtest.baseline;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import java.net.URI;

/**
 * Answers every request with {@code {"event": <body>, "findings": [], "degraded": false}}, the
 * body copied byte for byte without parsing: the HTTP stack's cost and nothing else. It leaks
 * every planted value by design, which makes it the load tester's own leak-check fixture too.
 */
public final class EchoServer implements AutoCloseable {
    private static final Buffer PREFIX = Buffer.buffer("{\"event\":");
    private static final Buffer SUFFIX = Buffer.buffer(",\"findings\":[],\"degraded\":false}");

    private final HttpServer server;

    private EchoServer(HttpServer server) {
        this.server = server;
    }

    /** Starts an echo server on a free loopback port. */
    public static Future<EchoServer> start(Vertx vertx) {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
        server.requestHandler(req -> req.body().onComplete(ar -> {
            if (ar.failed()) {
                req.response().setStatusCode(400).end();
                return;
            }
            Buffer out = Buffer.buffer(PREFIX.length() + ar.result().length() + SUFFIX.length())
                    .appendBuffer(PREFIX).appendBuffer(ar.result()).appendBuffer(SUFFIX);
            req.response().putHeader("content-type", "application/json").end(out);
        }));
        return server.listen().map(EchoServer::new);
    }

    /** Where the server listens. */
    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    /** Stops listening, waiting at most a few seconds. */
    @Override
    public void close() {
        server.close().toCompletionStage().toCompletableFuture().exceptionally(e -> null).join();
    }
}
