package io.veil.gateway.filter;

import io.veil.protocol.Message;
import java.util.List;

/** Checks a dispatcher's answers before anything is trusted: count, status, decision, spans. */
final class Answers {

  private Answers() {}

  /**
   * Why the answers cannot be used ({@code bad_reply} or {@code expired}), or null when each item
   * has a computed decision whose spans lie within its content.
   */
  static String invalid(List<Message.Item> items, List<Message.ItemResult> results) {
    if (results == null || results.size() != items.size()) {
      return "bad_reply";
    }
    for (int i = 0; i < items.size(); i++) {
      Message.ItemResult r = results.get(i);
      if (r == null || r.status() == null || r.decision() == null || r.spans() == null) {
        return "bad_reply";
      }
      if (r.status() == Message.ItemStatus.EXPIRED) {
        return "expired";
      }
      int length = items.get(i).content().length();
      for (Message.Span s : r.spans()) {
        if (!Redactor.fits(s, length)) {
          return "bad_reply";
        }
      }
    }
    return null;
  }
}
