package io.veil.gateway.dispatch;

import io.veil.protocol.Message;
import java.util.List;

/**
 * Checks that a reply can be trusted for redaction: one result per item, each with a status, a
 * decision unless expired, and spans inside the item's content. A reply that fails is treated as
 * no answer (fail-safe), never partly used.
 */
final class ReplyCheck {

  private ReplyCheck() {}

  /** The rule the reply breaks, or null when it is valid. Never mentions content. */
  static String violation(List<Message.Item> items, Message.Reply reply) {
    List<Message.ItemResult> results = reply.results();
    if (results.size() != items.size()) {
      return "reply has " + results.size() + " results for " + items.size() + " items";
    }
    for (int i = 0; i < results.size(); i++) {
      Message.ItemResult result = results.get(i);
      if (result == null || result.status() == null) {
        return "result " + i + " has no status";
      }
      if (result.status() != Message.ItemStatus.EXPIRED && result.decision() == null) {
        return "result " + i + " has no decision";
      }
      int length = items.get(i).content().length();
      for (Message.Span span : result.spans()) {
        if (span == null || span.start() < 0 || span.end() <= span.start() || span.end() > length) {
          return "result " + i + " has a span outside its content";
        }
      }
    }
    return null;
  }
}
