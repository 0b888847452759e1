package io.veil.loadtest.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.loadtest.corpus.Planted;
import io.veil.loadtest.leak.LeakChecker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real deploy scripts: the inventory parser always; {@code fleet.sh start/status/stop}
 * with a real worker and {@code run-local.sh} with real workers and gateway when their jars have
 * been built. Everything started is stopped by the scripts, and killed here if they fail to.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DeployScriptsIT {
    private static final Path ROOT = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
    private static final Path DEPLOY = ROOT.resolve("deploy");
    private static final Path WORKER_JAR = ROOT.resolve("gpu-worker/target/veil-gpu-worker.jar");
    private static final Path GATEWAY_JAR = ROOT.resolve("gateway/target/veil-gateway.jar");

    @TempDir
    Path dir;
    private final List<ProcessHandle> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        for (ProcessHandle p : started) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    @Test
    void list_parsesTheFixedInventoryFormat_commentsQuotesAndNullsIncluded() throws Exception {
        Path inv = write("inv.yaml", """
                # a comment
                workers:
                  - name: a            # trailing comment
                    host: localhost
                    endpoint: "tcp://127.0.0.1:5601"
                    gpu: null
                    backend: embedded
                    model: null

                  - name: 'b'
                    endpoint: tcp://gpu-node-02:5602
                    host: gpu-node-02
                    gpu: 1
                    backend: cascade
                    model: /opt/veil/models/m
                    curve_server_key_file: keys/b.pub
                """);
        Result r = run(Map.of(), DEPLOY.resolve("fleet.sh").toString(), "-i", inv.toString(), "list");
        assertThat(r.code()).isZero();
        assertThat(r.output().lines()).containsExactly(
                "a\tlocalhost\ttcp://127.0.0.1:5601\t-\tembedded\t-",
                "b\tgpu-node-02\ttcp://gpu-node-02:5602\t1\tcascade\t/opt/veil/models/m");
    }

    @Test
    void shippedInventories_listTenA10WorkersAndTheLocalOnes() throws Exception {
        Result fleet = run(Map.of(), DEPLOY.resolve("fleet.sh").toString(), "list");
        assertThat(fleet.code()).isZero();
        assertThat(fleet.output().lines()).hasSize(10)
                .allSatisfy(l -> assertThat(l).matches("gpu-node-0[1-5]-[01]\tgpu-node-0[1-5]\ttcp://gpu-node-0[1-5]:560[12]\t[01]\tcascade\t/.+"));
        Result local = run(Map.of(), DEPLOY.resolve("fleet.sh").toString(), "-i",
                DEPLOY.resolve("inventory.local.yaml").toString(), "list");
        assertThat(local.output().lines()).isNotEmpty().allSatisfy(l -> assertThat(l).contains("\tlocalhost\t"));
    }

    @Test
    void envfile_givesARemoteWorkerItsSystemdSettings() throws Exception {
        Result r = run(Map.of(), DEPLOY.resolve("fleet.sh").toString(), "envfile", "gpu-node-03-1");
        assertThat(r.code()).isZero();
        assertThat(r.output().lines()).contains("VEIL_BIND=tcp://*:5602", "VEIL_BACKEND=cascade",
                "VEIL_WORKER_ARGS=--gpu 1 --model /opt/veil/models/veil-classifier-exl2");
    }

    @Test
    void badInventory_isRefused_namingLineAndField() throws Exception {
        Path inv = write("bad.yaml", """
                workers:
                  - name: a
                    host: localhost
                    gpu: null
                  - name: b
                """);
        Result r = run(Map.of(), DEPLOY.resolve("fleet.sh").toString(), "-i", inv.toString(), "status");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.output()).contains("line 5").contains("worker \"a\" has no endpoint");
        Result unknown = run(Map.of(), DEPLOY.resolve("fleet.sh").toString(), "-i", inv.toString(), "frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
    }

    @Test
    void fleet_startsReportsAndStopsARealLocalWorker() throws Exception {
        assumeTrue(Files.isRegularFile(WORKER_JAR), "worker jar not built: " + WORKER_JAR);
        int port = freePort();
        Path inv = write("one.yaml", inventory("it-worker", port));
        Map<String, String> env = Map.of("VEIL_RUN_DIR", dir.resolve("run").toString(), "VEIL_WORKER_JAR",
                WORKER_JAR.toString(), "VEIL_JAVA_OPTS", "-Xmx128m");
        String fleet = DEPLOY.resolve("fleet.sh").toString();
        try {
            Result start = run(env, fleet, "-i", inv.toString(), "start");
            assertThat(start.code()).as(start.output()).isZero();
            long pid = Long.parseLong(Files.readString(dir.resolve("run/it-worker.pid")).strip());
            ProcessHandle.of(pid).ifPresent(started::add);
            assertThat(ProcessHandle.of(pid)).get().matches(ProcessHandle::isAlive);

            Result status = run(env, fleet, "-i", inv.toString(), "status");
            assertThat(status.code()).isZero();
            assertThat(status.output()).contains("it-worker: up (pid " + pid);
            assertThat(run(env, fleet, "-i", inv.toString(), "start").output()).contains("already running");

            Result stop = run(env, fleet, "-i", inv.toString(), "stop", "it-worker");
            assertThat(stop.code()).isZero();
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
            Result down = run(env, fleet, "-i", inv.toString(), "status");
            assertThat(down.code()).isEqualTo(3);
            assertThat(down.output()).contains("it-worker: down");
        } finally {
            run(env, fleet, "-i", inv.toString(), "stop");
        }
    }

    @Test
    void runLocal_startsWorkersAndGateway_filters_andStopsEverythingOnSigterm() throws Exception {
        assumeTrue(Files.isRegularFile(WORKER_JAR) && Files.isRegularFile(GATEWAY_JAR),
                "gateway and worker jars not both built");
        int http = freePort();
        int management = freePort();
        Path inv = write("local.yaml", inventory("it-local-1", freePort()));
        Path log = dir.resolve("run-local.out");
        ProcessBuilder pb = new ProcessBuilder(DEPLOY.resolve("run-local.sh").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(Map.of("VEIL_SKIP_BUILD", "1", "VEIL_HTTP_PORT", String.valueOf(http),
                "VEIL_MANAGEMENT_PORT", String.valueOf(management), "VEIL_INVENTORY", inv.toString(),
                "VEIL_RUN_DIR", dir.resolve("run").toString(), "VEIL_READY_TIMEOUT", "120",
                "VEIL_JAVA_OPTS", "-Xmx256m"));
        Process script = pb.start();
        started.add(script.toHandle());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(130);
        while (!Files.readString(log).contains("Veil is ready.") && script.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertThat(Files.readString(log)).contains("Veil is ready.").contains("127.0.0.1:" + http);

        String email = "jane.doe@example.com";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + http + "/v1/filter"))
                .header("content-type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":{\"email\":\"" + email + "\"}}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(LeakChecker.leaked(new ObjectMapper().readTree(answer.body()),
                List.of(new Planted("email", email)))).isEmpty();

        List<ProcessHandle> children = script.descendants().toList();
        assertThat(children).hasSizeGreaterThanOrEqualTo(2);
        script.destroy(); // SIGTERM
        assertThat(script.waitFor(40, TimeUnit.SECONDS)).isTrue();
        assertThat(script.exitValue()).isEqualTo(143);
        for (ProcessHandle child : children) {
            assertThat(child.onExit().completeOnTimeout(child, 5, TimeUnit.SECONDS).join().isAlive())
                    .as("child %d outlived run-local.sh", child.pid()).isFalse();
        }
    }

    private static String inventory(String name, int port) {
        return """
                workers:
                  - name: %s
                    host: localhost
                    endpoint: tcp://127.0.0.1:%d
                    gpu: null
                    backend: embedded
                    model: null
                """.formatted(name, port);
    }

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private record Result(int code, String output) {
    }

    private Result run(Map<String, String> env, String... command) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("timed out: " + String.join(" ", command));
        }
        return new Result(p.exitValue(), Files.readString(out));
    }
}
