package io.veil.detector.triage;

import io.veil.protocol.Category;
import java.util.EnumSet;
import java.util.Set;

/**
 * The cheap first pass the gateway runs on every field: which categories might this content hold?
 * It must flag every (content, category) pair that the detector would call sensitive, and as few
 * others as it can. PLACEHOLDER until issue 2 lands: flags everything with a digit or an @.
 */
public final class Triage {

  /** Categories worth asking the detector about for this content under this key or path. */
  public Set<Category> flag(String content, String context) {
    EnumSet<Category> out = EnumSet.noneOf(Category.class);
    if (content == null) {
      return out;
    }
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (c == '@') {
        out.add(Category.EMAIL);
      } else if (Character.isDigit(c)) {
        return EnumSet.allOf(Category.class);
      }
    }
    return out;
  }
}
