package io.veil.loadtest.drive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.loadtest.corpus.Corpus;
import io.veil.loadtest.corpus.CorpusEvent;
import io.veil.loadtest.leak.LeakChecker;
import io.veil.loadtest.measure.LatencyRecorder;
import io.veil.loadtest.measure.Outcome;
import io.veil.loadtest.measure.RunResult;
import io.veil.loadtest.schedule.Schedule;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives one open-loop run. The sender thread sleeps until each intended send time and issues the
 * request without waiting for earlier answers; if the server stalls, requests pile up (up to the
 * outstanding cap) and their latency keeps counting from when they were meant to leave.
 */
public final class LoadDriver {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lead time before the first send, so the sender thread is running when the clock starts. */
    private static final long START_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    /** Extra wait for stragglers after the last timeout could have fired. */
    private static final long DRAIN_GRACE_NANOS = TimeUnit.SECONDS.toNanos(2);
    /** Event loops that issue requests and read answers; two keep up with thousands per second. */
    private static final int EVENT_LOOPS = 2;
    /** Seconds an idle pooled connection stays open; below the gateway's 10 s idle timeout. */
    private static final int CLIENT_KEEP_ALIVE_SECONDS = 3;

    private final Vertx vertx;
    private final Corpus corpus;

    /** A driver that sends events of {@code corpus} using {@code vertx}'s event loops. */
    public LoadDriver(Vertx vertx, Corpus corpus) {
        this.vertx = vertx;
        this.corpus = corpus;
    }

    /**
     * Runs the schedule at {@code rate} requests per second and returns what was measured. Blocks
     * for the run's duration plus the time the last requests take to answer or time out.
     */
    public RunResult run(String label, double rate, DriveOptions options) {
        // Idle connections close on our side first (servers commonly close after 10 s or more):
        // a request sent on a connection the server is closing at that moment fails as an error
        // that is the tester's, not the server's.
        HttpClientAgent client = vertx.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setPipelining(false)
                        .setKeepAliveTimeout(CLIENT_KEEP_ALIVE_SECONDS),
                new PoolOptions().setHttp1MaxSize(options.connections()).setMaxWaitQueueSize(-1));
        try {
            Context[] contexts = new Context[EVENT_LOOPS];
            for (int i = 0; i < contexts.length; i++) {
                // Called off any Vert.x thread, this makes a new context on the next event loop.
                contexts[i] = vertx.getOrCreateContext();
            }
            long start = System.nanoTime() + START_DELAY_NANOS;
            LatencyRecorder recorder = new LatencyRecorder(start + options.warmup().toNanos());
            AtomicInteger outstanding = new AtomicInteger();
            Schedule schedule = Schedule.of(options.scheduleKind(), rate, options.seed());
            if (options.ramp()) {
                schedule = Schedule.ramped(schedule, options.warmup().toNanos());
            }
            long end = start + options.duration().toNanos();
            long index = 0;
            for (long intended = start + schedule.nextOffsetNanos(); intended < end;
                 intended = start + schedule.nextOffsetNanos()) {
                sleepUntil(intended);
                recorder.recordSendLag(System.nanoTime() - intended);
                CorpusEvent event = corpus.get(index++);
                if (outstanding.get() >= options.maxOutstanding()) {
                    recorder.record(intended, 0, System.nanoTime(), Outcome.DROPPED);
                    continue;
                }
                outstanding.incrementAndGet();
                long at = intended;
                // Requests start on event-loop contexts of our own, never on this thread: the
                // client's pool then works from a fixed set of event loops.
                contexts[(int) (index % contexts.length)].runOnContext(
                        v -> send(client, options, event, at, recorder, outstanding));
            }
            awaitDrain(outstanding, options.timeout().toNanos() + DRAIN_GRACE_NANOS);
            // Closing fails whatever is still in flight, so every request is recorded exactly once.
            close(client);
            awaitDrain(outstanding, DRAIN_GRACE_NANOS);
            return recorder.result(label, rate, options.measuredSeconds());
        } finally {
            close(client);
        }
    }

    private static void close(HttpClientAgent client) {
        client.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS)
                .exceptionally(e -> null).join();
    }

    private void send(HttpClientAgent client, DriveOptions options, CorpusEvent event, long intended,
                      LatencyRecorder recorder, AtomicInteger outstanding) {
        long timeoutMillis = options.timeout().toMillis();
        RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
                .setHost(options.target().getHost()).setPort(options.port()).setURI(options.path())
                .putHeader("content-type", "application/json")
                .setConnectTimeout(timeoutMillis).setIdleTimeout(timeoutMillis);
        long[] sent = new long[1];
        client.request(request)
                .compose(req -> {
                    sent[0] = System.nanoTime();
                    return req.send(Buffer.buffer(event.body()));
                })
                .compose(resp -> resp.body().map(body -> new Answer(resp.statusCode(), body)))
                .onComplete(ar -> {
                    long done = System.nanoTime();
                    outstanding.decrementAndGet();
                    if (ar.succeeded()) {
                        judge(ar.result(), event, recorder, options, intended, sent[0], done);
                    } else {
                        boolean timedOut = isTimeout(ar.cause()) || done - intended >= options.timeout().toNanos();
                        recorder.record(intended, sent[0], done, timedOut ? Outcome.TIMEOUT : Outcome.ERROR);
                    }
                });
    }

    /** Classifies an answer and records it; an answer without Veil's shape is an error. */
    private static void judge(Answer answer, CorpusEvent event, LatencyRecorder recorder, DriveOptions options,
                              long intended, long sent, long done) {
        if (answer.status() < 200 || answer.status() > 299) {
            recorder.record(intended, sent, done, Outcome.NON_2XX);
            return;
        }
        if (!options.checkLeaks()) {
            recorder.record(intended, sent, done, Outcome.OK);
            return;
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body().getBytes());
        } catch (IOException e) {
            body = null;
        }
        if (body == null || !body.has("event")) {
            recorder.record(intended, sent, done, Outcome.ERROR);
            return;
        }
        recorder.recordLeaks(LeakChecker.leaked(body, event.planted()));
        recorder.record(intended, sent, done, Outcome.OK, body.path("degraded").asBoolean(false));
    }

    private static boolean isTimeout(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                return true;
            }
        }
        return false;
    }

    private static void awaitDrain(AtomicInteger outstanding, long maxWaitNanos) {
        long deadline = System.nanoTime() + maxWaitNanos;
        while (outstanding.get() > 0 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }

    private static void sleepUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    private record Answer(int status, Buffer body) {
    }

    /** Blocks until {@code future} completes, for callers outside the event loop. */
    public static <T> T await(Future<T> future, long seconds) {
        return future.toCompletionStage().toCompletableFuture().orTimeout(seconds, TimeUnit.SECONDS).join();
    }
}
