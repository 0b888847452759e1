package io.veil.gateway.filter;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.gateway.input.StrictJson;

/** A string value that holds a JSON object or array: rendered back as compact, valid JSON. */
final class JsonInString extends Composite {

  /** Holder so that a scalar root could be replaced; inner roots are always containers. */
  final JsonNode[] root;
  private final StrictJson json;

  JsonInString(Slot outer, JsonNode root, StrictJson json) {
    super(outer);
    this.root = new JsonNode[] {root};
    this.json = json;
  }

  @Override
  String render() {
    return json.write(root[0]);
  }
}
