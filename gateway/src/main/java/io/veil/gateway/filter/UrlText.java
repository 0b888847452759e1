package io.veil.gateway.filter;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A string that is a URL with a query ({@code https://h/p?a=1&b=2#f}) or a bare query string
 * ({@code a=1&b=2}). Its parts are the text before the query, each parameter's decoded value and
 * the fragment; redacting one parameter leaves the others exactly as they were.
 */
final class UrlText extends Composite {

  private static final Pattern URL = Pattern.compile("[^\\s?#]*\\?[^\\s]*=[^\\s]*");
  private static final Pattern QUERY =
      Pattern.compile("[^\\s=&?#/]+=[^\\s&]*(&[^\\s=&?#/]+=[^\\s&]*)+");

  /** One piece of the URL: raw text, or a parameter whose value is held decoded. */
  static final class Part {
    final String name;
    String text;
    boolean decoded;
    boolean dropped;

    Part(String name, String text, boolean decoded) {
      this.name = name;
      this.text = text;
      this.decoded = decoded;
    }
  }

  final List<Part> parts = new ArrayList<>();
  private String base = "";
  private String fragment;
  private boolean dropAll;
  private boolean url;

  private UrlText(Slot outer) {
    super(outer);
  }

  /** Parses {@code text} as a URL with a query or a bare query string, or returns null. */
  static UrlText parse(String text, Slot outer) {
    boolean url = URL.matcher(text).matches();
    if (!url && !QUERY.matcher(text).matches()) {
      return null;
    }
    UrlText u = new UrlText(outer);
    String rest = text;
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      u.fragment = rest.substring(hash + 1);
      rest = rest.substring(0, hash);
    }
    int q = rest.indexOf('?');
    u.url = url;
    if (url) {
      u.base = rest.substring(0, q);
      rest = rest.substring(q + 1);
    }
    for (String pair : rest.split("&", -1)) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String raw = eq < 0 ? null : pair.substring(eq + 1);
      u.parts.add(raw == null ? new Part(name, null, false) : new Part(name, decode(raw), true));
    }
    return u;
  }

  /** The text before the query, for the walker. */
  String base() {
    return base;
  }

  String fragment() {
    return fragment;
  }

  /** A slot for the text before the query: dropping it drops the whole value. */
  Slot baseSlot() {
    return new Slot(this) {
      @Override
      void replace(String text) {
        base = text;
        touched();
      }

      @Override
      void drop() {
        dropAll = true;
        touched();
      }
    };
  }

  /** A slot for the fragment. */
  Slot fragmentSlot() {
    return new Slot(this) {
      @Override
      void replace(String text) {
        fragment = encode(text);
        touched();
      }

      @Override
      void drop() {
        fragment = null;
        touched();
      }
    };
  }

  /** A slot for one parameter's value: dropping it removes the parameter. */
  Slot partSlot(Part part) {
    return new Slot(this) {
      @Override
      void replace(String text) {
        part.text = text;
        touched();
      }

      @Override
      void drop() {
        part.dropped = true;
        touched();
      }
    };
  }

  @Override
  String render() {
    if (dropAll) {
      return null;
    }
    StringBuilder b = new StringBuilder(base);
    boolean first = true;
    for (Part p : parts) {
      if (p.dropped) {
        continue;
      }
      b.append(first ? (url ? "?" : "") : "&");
      first = false;
      b.append(p.name);
      if (p.text != null) {
        b.append('=').append(p.decoded ? encode(p.text) : p.text);
      }
    }
    if (fragment != null) {
      b.append('#').append(fragment);
    }
    return b.toString();
  }

  private static String decode(String raw) {
    try {
      return URLDecoder.decode(raw, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return raw;
    }
  }

  /**
   * Percent-encodes only what would change the query's structure or is not ASCII, so that
   * {@code [REDACTED:email]} stays readable.
   */
  static String encode(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      int c = x & 0xff;
      if (c > 0x20 && c < 0x7f && "&=#%+?\"<>\\^`{|}".indexOf(c) < 0) {
        b.append((char) c);
      } else {
        b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return b.toString();
  }
}
