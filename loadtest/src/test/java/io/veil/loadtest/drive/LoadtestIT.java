package io.veil.loadtest.drive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.loadtest.LoadtestMain;
import io.veil.loadtest.baseline.EchoServer;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real load tester (command line included) against real HTTP servers started here: one
 * that redacts the planted values, one that leaks them, one that is slow, one that misbehaves.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class LoadtestIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PLANTED = List.of("jane.doe@example.com", "123-45-6789", "(415) 555-0132");
    private static Vertx vertx;

    @TempDir
    Path dir;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        LoadDriver.await(vertx.close(), 10);
    }

    @Test
    void redactingServer_passes_withEveryRequestAnsweredAndNoLeak() throws Exception {
        HttpServer server = start((req, body) -> respond(req, 200, redact(body)));
        int code = LoadtestMain.execute(args(server, "--rate", "100", "--duration", "2500ms", "--warmup", "500ms",
                // A generous p99: this proves the mechanics on a shared, noisy machine, not speed.
                "--slo-rate", "90", "--slo-p99", "5s"));
        JsonNode veil = report().get("veil");
        assertThat(code).isZero();
        assertThat(veil.get("scheduled").asLong()).isBetween(199L, 201L);
        assertThat(veil.get("ok").asLong()).isEqualTo(veil.get("scheduled").asLong());
        assertThat(veil.get("leaks").asLong()).isZero();
        assertThat(veil.get("achieved_rate").asDouble()).isCloseTo(100, within(2.0));
        assertThat(veil.get("timeline").size()).isBetween(2, 3);
        assertThat(dir.resolve("out/report.html")).content().contains("SLO held").contains("percentiles.png");
        assertThat(dir.resolve("out/latency-over-time.png")).isNotEmptyFile();
        assertThat(dir.resolve("out/percentiles.png")).isNotEmptyFile();
        server.close();
    }

    @Test
    void leakingServer_failsTheRun_withEveryLeakCountedByCategory() throws Exception {
        EchoServer echo = LoadDriver.await(EchoServer.start(vertx), 10);
        int code = LoadtestMain.execute("--target", echo.uri().toString(), "--corpus", corpus().toString(),
                "--out", dir.resolve("out").toString(), "--rate", "50", "--duration", "2s", "--warmup", "0s");
        JsonNode veil = report().get("veil");
        assertThat(code).isEqualTo(LoadtestMain.EXIT_LEAK);
        // Corpus events 1 and 2 of 3 carry 1 and 2 planted values: 100 requests leak 33 + 33*2 or so.
        assertThat(veil.get("leaks").asLong()).isBetween(98L, 101L);
        assertThat(veil.get("leaks_by_category").fieldNames()).toIterable().containsExactlyInAnyOrder("email", "ssn", "phone");
        assertThat(report().get("slo_held").asBoolean()).isFalse();
        echo.close();
    }

    @Test
    void stalledServer_showsCoordinatedOmission_correctedFarAboveUncorrected() throws Exception {
        // One connection, 40 ms per answer: at most 25 answers/s against 60 offered, so requests queue
        // in the client. Each waits in the queue, then takes 40 ms on the wire.
        HttpServer server = start((req, body) -> vertx.setTimer(40, t -> respond(req, 200, redact(body))));
        int code = LoadtestMain.execute(args(server, "--rate", "60", "--duration", "2s", "--warmup", "0s",
                "--connections", "1", "--slo-p99", "200ms"));
        JsonNode veil = report().get("veil");
        double corrected = veil.get("latency_ms_corrected").get("p99").asDouble();
        double uncorrected = veil.get("latency_ms_uncorrected").get("p99").asDouble();
        assertThat(code).isEqualTo(LoadtestMain.EXIT_SLO_MISSED);
        assertThat(uncorrected).isBetween(39.0, 500.0);
        assertThat(corrected).isGreaterThan(1000.0).isGreaterThan(4 * uncorrected);
        server.close();
    }

    @Test
    void misbehavingServer_timeoutsNon2xxErrorsAndDegradedAreCountedApart() throws Exception {
        AtomicLong n = new AtomicLong();
        HttpServer server = start((req, body) -> {
            long i = n.incrementAndGet();
            if (i % 10 == 0) {
                return; // never answered: a timeout
            }
            if (i % 10 == 5) {
                respond(req, 503, Buffer.buffer("{\"error\":{\"code\":\"overloaded\"}}"));
            } else if (i % 10 == 7) {
                respond(req, 200, Buffer.buffer("not json"));
            } else if (i % 10 == 3) {
                respond(req, 200, Buffer.buffer(redact(body).toString().replace("\"degraded\":false", "\"degraded\":true")));
            } else {
                respond(req, 200, redact(body));
            }
        });
        int code = LoadtestMain.execute(args(server, "--rate", "50", "--duration", "2s", "--warmup", "0s",
                "--timeout", "1500ms"));
        JsonNode veil = report().get("veil");
        assertThat(code).isEqualTo(LoadtestMain.EXIT_SLO_MISSED);
        assertThat(veil.get("scheduled").asLong()).isEqualTo(100);
        assertThat(veil.get("timeouts").asLong()).isEqualTo(10);
        assertThat(veil.get("non_2xx").asLong()).isEqualTo(10);
        assertThat(veil.get("errors").asLong()).isEqualTo(10);
        assertThat(veil.get("ok").asLong()).isEqualTo(70);
        assertThat(veil.get("degraded").asLong()).isEqualTo(10);
        assertThat(veil.get("leaks").asLong()).isZero();
        server.close();
    }

    @Test
    void baselineAndFindMax_reportCostAsRatios_inOneRun() throws Exception {
        HttpServer server = start((req, body) -> respond(req, 200, redact(body)));
        int code = LoadtestMain.execute(args(server, "--rate", "40", "--duration", "1s", "--warmup", "200ms",
                "--schedule", "poisson",
                "--baseline", "--find-max", "--max-steps", "2", "--refine-steps", "0", "--slo-rate", "40",
                "--slo-p99", "5s"));
        JsonNode report = report();
        assertThat(code).isZero();
        assertThat(report.get("baseline").get("label").asText()).isEqualTo("baseline");
        assertThat(report.get("baseline").get("ok").asLong()).isPositive();
        assertThat(report.get("p99_ratio").asDouble()).isPositive();
        assertThat(report.get("veil_find_max").get("steps").size()).isEqualTo(2);
        assertThat(report.get("veil_find_max").get("best_rate").asDouble()).isEqualTo(60);
        assertThat(report.get("max_rate_ratio").asDouble()).isCloseTo(1.0, within(0.01));
        assertThat(dir.resolve("out/find-max.png")).isNotEmptyFile();
        server.close();
    }

    private String[] args(HttpServer server, String... more) throws Exception {
        List<String> all = new ArrayList<>(List.of("--target", "http://127.0.0.1:" + server.actualPort(),
                "--corpus", corpus().toString(), "--out", dir.resolve("out").toString()));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private JsonNode report() throws Exception {
        return JSON.readTree(dir.resolve("out/report.json").toFile());
    }

    private Path corpus() throws Exception {
        Path file = dir.resolve("events.jsonl");
        Files.writeString(file, """
                {"event":{"page":"/home","ts":1733300000,"tags":["a","b"]},"planted":[]}
                {"event":{"user":{"email":"jane.doe@example.com"},"page":"/cart"},"planted":[{"category":"email","value":"jane.doe@example.com"}]}
                {"event":{"form":{"ssn":"123-45-6789","note":"call (415) 555-0132"}},"planted":[{"category":"ssn","value":"123-45-6789"},{"category":"phone","value":"(415) 555-0132"}]}
                """);
        return file;
    }

    private static Buffer redact(Buffer body) {
        String text = body.toString(StandardCharsets.UTF_8);
        for (String value : PLANTED) {
            text = text.replace(value, "[REDACTED]");
        }
        return Buffer.buffer("{\"event\":" + text + ",\"findings\":[],\"degraded\":false}");
    }

    private static void respond(HttpServerRequest req, int status, Buffer body) {
        req.response().setStatusCode(status).putHeader("content-type", "application/json").end(body);
    }

    private static HttpServer start(BiConsumer<HttpServerRequest, Buffer> handler) {
        HttpServer server = vertx.createHttpServer(new HttpServerOptions().setHost("127.0.0.1").setPort(0));
        server.requestHandler(req -> req.body().onSuccess(body -> handler.accept(req, body)));
        return LoadDriver.await(server.listen(), 10);
    }
}
