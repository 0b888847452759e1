package io.veil.gateway.input;

/**
 * Renders JSON paths ({@code $.user.passport_no}, {@code $.items[3]}) for errors, findings and
 * detector context. A key that might itself be a sensitive value is shown as {@code *} wherever
 * the path leaves the process, so paths never echo content.
 */
public final class JsonPath {

  /** The path of the whole document. */
  public static final String ROOT = "$";

  /** Longest key shown verbatim in a path that leaves the process. */
  private static final int MAX_SHOWN_KEY = 64;

  private JsonPath() {}

  /** Appends an object key, as {@code .key} when it is a plain name, else {@code ['key']}. */
  public static String child(String parent, String key) {
    if (key.matches("[A-Za-z_][A-Za-z0-9_\\-]*")) {
      return parent + "." + key;
    }
    return parent + "['" + key.replace("\\", "\\\\").replace("'", "\\'") + "']";
  }

  /** Appends an array index. */
  public static String index(String parent, int index) {
    return parent + "[" + index + "]";
  }

  /**
   * Appends a key as shown outside the process: a plain identifier without a run of three digits
   * passes; any other key (an e-mail, a number, a long key) is shown as {@code ['*']}.
   */
  public static String safeChild(String parent, String key) {
    if (key.length() <= MAX_SHOWN_KEY && key.matches("[A-Za-z_][A-Za-z0-9_\\-]*")
        && !key.matches(".*[0-9]{3}.*")) {
      return parent + "." + key;
    }
    return parent + "['*']";
  }
}
