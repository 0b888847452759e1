package io.veil.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.protocol.Category;
import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * Secure defaults of the packaged processes: the gateway binds loopback only unless told
 * otherwise; with {@code VEIL_API_TOKEN} set the API answers 401 without the bearer token; a worker
 * started with CURVE keys (made by the documented generator, {@code deploy/keys/generate.sh})
 * answers a gateway that has its public key, and gives no answer to a client without it or with a
 * wrong one, so that gateway fails safe ({@code redacted_failsafe}), never plaintext.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(150)
class SecureDefaultsIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "s3cret-test-token-42";
  private static final String EMAIL = "curve.check@example.org";

  private Fleet fleet;
  private Path keys;
  private int workerPort;

  @BeforeAll
  void start(@TempDir Path dir) throws Exception {
    fleet = new Fleet(dir, "secure-defaults");
    keys = dir.resolve("keys");
    for (String name : List.of("gateway", "worker", "impostor")) {
      generateKeys(name);
    }
    workerPort = Fleet.freePort();
    fleet.worker("w-curve", workerPort, "--curve-public-key-file",
        keys.resolve("worker.pub").toString(), "--curve-secret-key-file",
        keys.resolve("worker.secret").toString());
    // First the inventory names the worker without its key: a plaintext client.
    fleet.writeInventory(List.of(new Fleet.Entry("plain", workerPort)));
    fleet.startGateway(Map.of("VEIL_API_TOKEN", TOKEN), "--curve-keys", keys.toString());
  }

  @AfterAll
  void stop() throws Exception {
    if (fleet != null) {
      fleet.close();
    }
  }

  /** Runs the key generator the deploy scripts use (the gateway jar's CurveKeys). */
  private void generateKeys(String name) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", Fleet.GATEWAY_JAR.toString(), "io.veil.gateway.dispatch.CurveKeys",
        "--dir", keys.toString(), "--name", name).redirectErrorStream(true)
        .redirectOutput(fleet.dir().resolve("keygen.log").toFile()).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
  }

  private String event() {
    return "{\"user\":{\"email\":\"" + EMAIL + "\"}}";
  }

  private JsonNode filterWithToken() throws Exception {
    var r = fleet.post("/v1/filter", "application/json", event().getBytes(StandardCharsets.UTF_8),
        "Authorization", "Bearer " + TOKEN);
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).doesNotContain(EMAIL);
    return JSON.readTree(r.body());
  }

  @Test
  @Order(1)
  void gateway_bindsLoopbackOnly_byDefault() throws Exception {
    assertThat(Files.readString(fleet.dir().resolve("gateway.log")))
        .contains("api=127.0.0.1:" + fleet.apiPort())
        .contains("management=127.0.0.1:" + fleet.managementPort());
    Optional<InetAddress> external = externalAddress();
    if (external.isPresent()) {
      for (int port : new int[] {fleet.apiPort(), fleet.managementPort()}) {
        assertThatThrownBy(() -> {
          try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(external.get(), port), 2000);
          }
        }).as("port %d on %s", port, external.get()).isInstanceOf(IOException.class);
      }
    }
  }

  private static Optional<InetAddress> externalAddress() throws IOException {
    for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (n.isUp() && !n.isLoopback()) {
        for (InetAddress a : Collections.list(n.getInetAddresses())) {
          if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
            return Optional.of(a);
          }
        }
      }
    }
    return Optional.empty();
  }

  @Test
  @Order(2)
  void api_withToken_requiresIt_andHealthStaysOpen() throws Exception {
    byte[] body = event().getBytes(StandardCharsets.UTF_8);
    var none = fleet.post("/v1/filter", "application/json", body);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
    assertThat(JSON.readTree(none.body()).at("/error/code").textValue()).isEqualTo("unauthorized");
    assertThat(none.body()).doesNotContain(EMAIL);
    assertThat(fleet.post("/v1/filter", "application/json", body, "Authorization",
        "Bearer wrong-" + TOKEN).statusCode()).isEqualTo(401);
    assertThat(fleet.status("/health/live")).isEqualTo(200);
  }

  @Test
  @Order(3)
  void curveWorker_refusesAPlaintextGateway_whichFailsSafe() throws Exception {
    assertFailSafeFor(5);
  }

  @Test
  @Order(4)
  void curveWorker_refusesAGatewayWithAWrongServerKey_whichFailsSafe() throws Exception {
    fleet.writeInventory(List.of(new Fleet.Entry("wrong-key", workerPort,
        keys.resolve("impostor.pub"))));
    Thread.sleep(2_000);
    assertFailSafeFor(5);
  }

  @Test
  @Order(5)
  void curveWorker_answersTheGatewayWithItsKey() throws Exception {
    fleet.writeInventory(List.of(new Fleet.Entry("right-key", workerPort,
        keys.resolve("worker.pub"))));
    Fleet.await(() -> fleet.status("/health/ready") == 200, Duration.ofSeconds(30),
        "the CURVE worker live");
    JsonNode out = filterWithToken();
    assertThat(out.get("degraded").booleanValue()).isFalse();
    assertThat(out.at("/event/user/email").textValue()).isEqualTo("[REDACTED:email]");
    assertThat(out.get("findings").findValuesAsText("action")).containsOnly("redacted");
  }

  @Test
  @Order(6)
  void curveWorker_givesARawPlaintextClientNoAnswer() throws Exception {
    try (ZContext ctx = new ZContext(1)) {
      ZMQ.Socket dealer = ctx.createSocket(SocketType.DEALER);
      dealer.setLinger(0);
      dealer.setReceiveTimeOut(3_000);
      dealer.connect("tcp://127.0.0.1:" + workerPort);
      dealer.send(MessageCodec.encode(new Message.Heartbeat()));
      dealer.send(MessageCodec.encode(new Message.Request(1, System.currentTimeMillis() + 2_000,
          List.of(new Message.Item(EMAIL, Category.EMAIL, "email")))));
      assertThat(dealer.recv()).as("any frame from the worker").isNull();
    }
  }

  /** Over a few seconds, every answer is the fail-safe: redacted, degraded, never plaintext. */
  private void assertFailSafeFor(int seconds) throws Exception {
    assertThat(fleet.status("/health/ready")).isEqualTo(503);
    long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
    do {
      JsonNode out = filterWithToken();
      assertThat(out.get("degraded").booleanValue()).isTrue();
      assertThat(out.get("findings").findValuesAsText("action"))
          .containsOnly("redacted_failsafe");
      Thread.sleep(500);
    } while (System.nanoTime() < end);
  }
}
