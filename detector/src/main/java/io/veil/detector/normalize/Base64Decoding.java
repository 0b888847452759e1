package io.veil.detector.normalize;

import java.util.List;

/**
 * Base64 tokens (standard or URL-safe alphabet, padded or not) replaced in place by their decoded
 * text, when that text is valid UTF-8 and reads as text. Every decoded character maps to the whole
 * token: a value hidden in base64 is redacted by removing the token.
 *
 * <p>Ordinary words and hex digests are base64-alphabet too; they are left alone because their
 * bytes are almost never valid, printable UTF-8, and pure hex is skipped outright. Work is bounded:
 * tokens longer than {@link #MAX_TOKEN} are not decoded whole, and at most {@link #MAX_ATTEMPTS}
 * tokens per view are tried.
 */
final class Base64Decoding extends Layer {

  static final String NAME = "base64";

  /**
   * Eight characters, padding included, carry five or six bytes: shorter tokens are mostly words.
   */
  static final int MIN_TOKEN = 8;
  /** Content values longer than this are documents, not hidden values. */
  static final int MAX_TOKEN = 4096;
  /** Bounds the decoding work per view whatever the content. */
  static final int MAX_ATTEMPTS = 64;

  Base64Decoding() {
    super(NAME, TextFeatures.BASE64_RUN);
  }

  @Override
  MappedView apply(MappedView source, Budget budget, List<String> transforms) {
    String s = source.text();
    int n = s.length();
    if (n < MIN_TOKEN) {
      return null;
    }
    ViewBuilder out = new ViewBuilder(source, budget);
    Tokens tokens = new Tokens();
    int copied = 0;
    int i = 0;
    while (i < n && !out.overflowed() && tokens.attempts < MAX_ATTEMPTS) {
      if (!isAlphabet(s.charAt(i))) {
        i++;
        continue;
      }
      int end = i;
      while (end < n && isAlphabet(s.charAt(end))) {
        end++;
      }
      int padded = end;
      while (padded < n && padded - end < 2 && s.charAt(padded) == '=') {
        padded++;
      }
      copied = decodeToken(s, i, end, padded, out, copied, tokens);
      i = padded;
    }
    out.copy(copied, n);
    return out.build(transforms);
  }

  /** Decodes the token [from, end) (padding to {@code padded}), or its segments; returns copied. */
  private static int decodeToken(String s, int from, int end, int padded, ViewBuilder out,
      int copied, Tokens tokens) {
    if (padded - from < MIN_TOKEN) {
      return copied;
    }
    if (end - from <= MAX_TOKEN) {
      String decoded = tokens.tryDecode(s, from, end, padded);
      if (decoded != null) {
        out.copy(copied, from);
        out.append(decoded, from, padded);
        return padded;
      }
    }
    // A path or identifier may hold a token between separators: "/u/<token>", "id_<token>".
    int segment = from;
    for (int k = from; k <= end && tokens.attempts < MAX_ATTEMPTS; k++) {
      if (k == end || isSeparator(s.charAt(k))) {
        int segmentPadded = k == end ? padded : k;
        if (segment > from || k < end) {
          if (segmentPadded - segment >= MIN_TOKEN && k - segment <= MAX_TOKEN) {
            String decoded = tokens.tryDecode(s, segment, k, segmentPadded);
            if (decoded != null) {
              out.copy(copied, segment);
              out.append(decoded, segment, segmentPadded);
              copied = segmentPadded;
            }
          }
        }
        segment = k + 1;
      }
    }
    return copied;
  }

  private static boolean isAlphabet(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '+' || c == '/' || c == '-' || c == '_';
  }

  private static boolean isSeparator(char c) {
    return c == '+' || c == '/' || c == '-' || c == '_';
  }

  /** Counts attempts and holds the decoding buffer reused across tokens of one view. */
  private static final class Tokens {
    int attempts;
    private byte[] bytes = new byte[0];

    /** The decoded text of [from, end) padded to {@code padded}, or null if it is not text. */
    String tryDecode(String s, int from, int end, int padded) {
      int length = end - from;
      if (length % 4 == 1 || (padded > end && (padded - from) % 4 != 0) || isHex(s, from, end)
          || isWordLike(s, from, end)) {
        return null;
      }
      attempts++;
      int byteCount = length / 4 * 3 + Math.max(0, length % 4 - 1);
      if (bytes.length < byteCount) {
        bytes = new byte[Math.max(byteCount, Math.max(64, bytes.length * 2))];
      }
      if (!decode(s, from, end, bytes)) {
        return null;
      }
      return TextBytes.decodeText(bytes, byteCount);
    }

    private static boolean isHex(String s, int from, int end) {
      for (int i = from; i < end; i++) {
        if (UrlDecoding.hexValue(s.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }

    /**
     * Letters only, changing case rarely: a word or identifier ("Reynolds", "InstantResales").
     * Base64 of text changes case about every other character and rarely goes 8 without a digit.
     */
    private static boolean isWordLike(String s, int from, int end) {
      int changes = 0;
      boolean upper = Character.isUpperCase(s.charAt(from));
      for (int i = from; i < end; i++) {
        char c = s.charAt(i);
        if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
          return false;
        }
        boolean isUpper = c <= 'Z';
        if (isUpper != upper) {
          changes++;
          upper = isUpper;
        }
      }
      return changes * 4 < end - from;
    }

    /** Decodes sextets into {@code into}; false if the token mixes both alphabets. */
    private static boolean decode(String s, int from, int end, byte[] into) {
      boolean standard = false;
      boolean urlSafe = false;
      int acc = 0;
      int bits = 0;
      int b = 0;
      for (int i = from; i < end; i++) {
        char c = s.charAt(i);
        int v;
        if (c >= 'A' && c <= 'Z') {
          v = c - 'A';
        } else if (c >= 'a' && c <= 'z') {
          v = c - 'a' + 26;
        } else if (c >= '0' && c <= '9') {
          v = c - '0' + 52;
        } else if (c == '+' || c == '/') {
          standard = true;
          v = c == '+' ? 62 : 63;
        } else {
          urlSafe = true;
          v = c == '-' ? 62 : 63;
        }
        acc = (acc << 6) | v;
        bits += 6;
        if (bits >= 8) {
          bits -= 8;
          into[b++] = (byte) (acc >> bits);
          acc &= (1 << bits) - 1;
        }
      }
      return !(standard && urlSafe);
    }
  }
}
