package io.veil.gateway.filter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A filtered event: the event with sensitive values removed, what was removed, and whether the
 * fail-safe answered for lack of a valid worker answer.
 */
public record FilterResult(JsonNode event, List<FilterFinding> findings, boolean degraded) {

  public FilterResult {
    findings = List.copyOf(findings);
  }

  /** {@code {"event": ..., "findings": [...], "degraded": ...}}. */
  public ObjectNode toJson(JsonNodeFactory nodes) {
    ObjectNode out = nodes.objectNode();
    out.set("event", event);
    ArrayNode fs = out.putArray("findings");
    for (FilterFinding f : findings) {
      ObjectNode n = fs.addObject();
      n.put("path", f.path());
      n.put("category", f.category().wireName());
      if (f.confidence() == null) {
        n.putNull("confidence_score");
      } else {
        n.put("confidence_score", f.confidence());
      }
      n.put("action", f.action());
    }
    out.put("degraded", degraded);
    return out;
  }
}
