package io.veil.detector.context;

/**
 * Reads a CSV (or TSV, semicolon- or pipe-separated) header: for a value in a data row, the text of
 * the header cell of its column, which names the value as a key would.
 */
final class CsvHeader {

  private static final char[] DELIMITERS = {',', '\t', ';', '|'};
  /** Longest header line read; longer first lines are not CSV headers. */
  private static final int MAX_HEADER = 4096;
  /** Longest data line looked at around a value; bounds the work per value. */
  private static final int MAX_LINE = 8192;

  private CsvHeader() {}

  /** The header cell above {@code text[start]}, or null when the text is not a delimited table. */
  static String cellAbove(String text, int start) {
    int lineStart = indexBack(text, '\n', start - 1, MAX_LINE) + 1;
    int headerEnd = indexForward(text, '\n', 0, MAX_HEADER);
    if (lineStart <= 0 || headerEnd <= 0) {
      return null;
    }
    int lineEnd = indexForward(text, '\n', start, MAX_LINE);
    lineEnd = lineEnd < 0 ? Math.min(text.length(), start + MAX_LINE) : lineEnd;
    for (char d : DELIMITERS) {
      int headerCells = cells(text, 0, headerEnd, d);
      if (headerCells < 2 || headerCells != cells(text, lineStart, lineEnd, d)) {
        continue;
      }
      int column = cells(text, lineStart, start, d) - 1;
      return cell(text, 0, headerEnd, d, column);
    }
    return null;
  }

  // The last c at or before from, looking back at most limit characters; -1 if none.
  private static int indexBack(String text, char c, int from, int limit) {
    for (int i = from; i >= 0 && i > from - limit; i--) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  // The first c at or after from, looking at most limit characters; -1 if none.
  private static int indexForward(String text, char c, int from, int limit) {
    for (int i = from; i < text.length() && i < from + limit; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  // Cells in text[from, to) split by d, outside double quotes.
  private static int cells(String text, int from, int to, char d) {
    int n = 1;
    boolean quoted = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == d && !quoted) {
        n++;
      }
    }
    return n;
  }

  private static String cell(String text, int from, int to, char d, int column) {
    int k = 0;
    int cellStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || text.charAt(i) == d) {
        if (k == column) {
          return text.substring(cellStart, i);
        }
        k++;
        cellStart = i + 1;
      }
    }
    return null;
  }
}
