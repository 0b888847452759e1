package io.veil.gateway.filter;

import io.veil.gateway.config.GatewayConfig;
import io.veil.gateway.config.RedactionMode;
import io.veil.protocol.Category;
import io.veil.protocol.Message;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Rewrites one text by its sensitive spans, each by its category's {@link RedactionMode}:
 * {@code [REDACTED:email]}, a keyed hash {@code [HASH:…]}, or {@code ****1234}. Overlapping spans
 * merge, the earlier span's category deciding. Drop is decided by the caller (it removes the
 * field, not text).
 */
public final class Redactor {

  /** Hex digits of HMAC-SHA256 kept: 128 bits join reliably and stay short. */
  private static final int HASH_HEX = 32;
  private static final int KEEP = 4;

  private final GatewayConfig config;

  /** A redactor for the configured modes and HMAC key. */
  public Redactor(GatewayConfig config) {
    this.config = config;
  }

  /** One span to remove and the category that found it. */
  record Cut(int start, int end, Category category) {}

  /** The mode configured for a category. */
  RedactionMode modeOf(Category c) {
    return config.modeOf(c);
  }

  /** {@code text} with every cut replaced; cuts must lie within the text. */
  String apply(String text, List<Cut> cuts) {
    List<Cut> sorted = new ArrayList<>(cuts);
    sorted.sort(Comparator.comparingInt(Cut::start).thenComparingInt(c -> -c.end()));
    List<Cut> merged = new ArrayList<>();
    for (Cut c : sorted) {
      Cut last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && c.start() < last.end()) {
        merged.set(merged.size() - 1,
            new Cut(last.start(), Math.max(last.end(), c.end()), last.category()));
      } else {
        merged.add(c);
      }
    }
    StringBuilder b = new StringBuilder(text.length());
    int at = 0;
    for (Cut c : merged) {
      b.append(text, at, c.start());
      b.append(replacement(text.substring(c.start(), c.end()), c.category()));
      at = c.end();
    }
    return b.append(text, at, text.length()).toString();
  }

  /** Whether a span lies within a text of this length. */
  static boolean fits(Message.Span s, int length) {
    return s != null && s.start() >= 0 && s.end() <= length && s.start() < s.end();
  }

  private String replacement(String value, Category c) {
    switch (config.modeOf(c)) {
      case HASH:
        return "[HASH:" + hmac(value) + "]";
      case MASK_LAST4:
        return mask(value);
      default:
        return "[REDACTED:" + c.wireName() + "]";
    }
  }

  static String mask(String value) {
    int keep = value.length() > KEEP ? KEEP : 0;
    return "*".repeat(value.length() - keep) + value.substring(value.length() - keep);
  }

  private String hmac(String value) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(config.hmacKey().orElseThrow(), "HmacSHA256"));
      byte[] h = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h).substring(0, HASH_HEX);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }
}
