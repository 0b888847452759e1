package io.veil.training.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.protocol.Decision;
import io.veil.training.dataset.Example;
import io.veil.training.dataset.Jsonl;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A running gateway: {@code POST /v1/classify/batch} with {@code {"items":[{"content",
 * "category"}]}}, answered by {@code {"results":[{"is_sensitive","confidence_score"}]}}.
 */
public final class HttpBackend implements Backend {

  private final URI endpoint;
  private final HttpClient client;

  /** A backend for the gateway at {@code baseUrl} (e.g. {@code http://127.0.0.1:8080}). */
  public HttpBackend(String baseUrl) {
    String b = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.endpoint = URI.create(b + "/v1/classify/batch");
    this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  @Override
  public List<Decision> classify(List<Example> batch) throws IOException, InterruptedException {
    ObjectNode body = Jsonl.MAPPER.createObjectNode();
    ArrayNode items = body.putArray("items");
    for (Example e : batch) {
      items.addObject().put("content", e.content()).put("category", e.category().wireName());
    }
    HttpRequest req = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(Jsonl.MAPPER.writeValueAsBytes(body)))
        .build();
    HttpResponse<byte[]> resp = client.send(req, HttpResponse.BodyHandlers.ofByteArray());
    if (resp.statusCode() != 200) {
      throw new IOException("gateway answered HTTP " + resp.statusCode() + " on " + endpoint.getPath());
    }
    JsonNode results = Jsonl.MAPPER.readTree(resp.body()).path("results");
    if (!results.isArray() || results.size() != batch.size()) {
      throw new IOException("gateway answer: field results must be an array of " + batch.size());
    }
    List<Decision> out = new ArrayList<>(batch.size());
    for (JsonNode r : results) {
      JsonNode s = r.path("is_sensitive");
      JsonNode c = r.path("confidence_score");
      if (!s.isBoolean() || !c.isNumber()) {
        throw new IOException("gateway answer: results[] needs is_sensitive (bool) and confidence_score (number)");
      }
      out.add(new Decision(s.asBoolean(), Math.max(0, Math.min(1, c.asDouble()))));
    }
    return out;
  }

  @Override
  public String name() {
    return endpoint.getScheme() + "://" + endpoint.getAuthority();
  }
}
