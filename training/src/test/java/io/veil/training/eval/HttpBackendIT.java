package io.veil.training.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.veil.protocol.Category;
import io.veil.training.dataset.Example;
import io.veil.training.dataset.Jsonl;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP backend against a real HTTP server on a loopback port: a stand-in gateway that speaks
 * {@code POST /v1/classify/batch} and calls an email "sensitive" when the content holds an '@'.
 */
class HttpBackendIT {

  private HttpServer server;
  private volatile int status = 200;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v1/classify/batch", ex -> {
      JsonNode req = Jsonl.MAPPER.readTree(ex.getRequestBody());
      ObjectNode resp = Jsonl.MAPPER.createObjectNode();
      var results = resp.putArray("results");
      for (JsonNode item : req.get("items")) {
        boolean s = item.get("category").asText().equals("email")
            && item.get("content").asText().contains("@");
        results.addObject().put("is_sensitive", s).put("confidence_score", s ? 0.97 : 0.02);
      }
      byte[] body = Jsonl.MAPPER.writeValueAsBytes(resp);
      ex.sendResponseHeaders(status, body.length);
      ex.getResponseBody().write(body);
      ex.close();
    });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void batchEndpoint_answersAreEvaluated() throws Exception {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    List<Example> data = List.of(
        new Example("mail jane@x.io", Category.EMAIL, true, 1, "en", "k", "t"),
        new Example("no mail here", Category.EMAIL, false, 0, "en", "k", "t"),
        new Example("a@b.co", Category.SSN, false, 0, "en", "k", "t"));
    try (Backend b = Backend.of(base)) {
      Evaluation ev = Evaluator.run(b, data);
      assertThat(ev.overall().tp()).isEqualTo(1);
      assertThat(ev.overall().tn()).isEqualTo(2);
      assertThat(ev.reliability().total()).isEqualTo(3);
    }
  }

  @Test
  void gatewayError_isReportedWithStatusAndPathOnly() {
    status = 503;
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    List<Example> data = List.of(new Example("secret 123-45-6789", Category.SSN, true, 1, "en", "k", "t"));
    assertThatThrownBy(() -> Evaluator.run(Backend.of(base), data)).isInstanceOf(IOException.class)
        .hasMessageContaining("503").hasMessageNotContaining("123-45-6789");
  }
}
