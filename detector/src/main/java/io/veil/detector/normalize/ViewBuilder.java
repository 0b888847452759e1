package io.veil.detector.normalize;

import java.util.Arrays;
import java.util.List;

/**
 * Builds a view from a source view, composing offsets on the fly: every character appended
 * names the source characters it came from, and is stored with the ORIGINAL offsets those source
 * characters map to. Transforms call {@link #copy} for unchanged runs and {@link #append} for
 * what they rewrote; a source range never passed to either is dropped.
 *
 * <p>Allocation is lazy: while the output is a verbatim prefix of the source, nothing is stored,
 * so a transform with nothing to do costs a scan and no allocation.
 */
final class ViewBuilder {

  private final MappedView source;
  private final String sourceText;
  private final int maxLength;
  private final Budget budget;

  /** While {@code buffer == null} the output is exactly {@code sourceText[0, verbatim)}. */
  private int verbatim;
  private char[] buffer;
  private int[] starts;
  private int[] ends;
  private int length;
  private boolean overflow;

  /**
   * @param source the view being transformed
   * @param budget the limits the output and its buffers count against; past them the build
   *     fails
   */
  ViewBuilder(MappedView source, Budget budget) {
    this(source, budget, budget.maxOutput());
  }

  /** As above, with the output limited to {@code maxLength} characters. */
  ViewBuilder(MappedView source, Budget budget, int maxLength) {
    this.source = source;
    this.sourceText = source.text();
    this.budget = budget;
    this.maxLength = maxLength;
  }

  /** Copies source characters [from, to) unchanged, one to one. */
  void copy(int from, int to) {
    if (from >= to) {
      return;
    }
    if (buffer == null) {
      if (from == verbatim) {
        verbatim = to;
        return;
      }
      materialize();
    }
    int count = to - from;
    if (!reserve(count)) {
      return;
    }
    sourceText.getChars(from, to, buffer, length);
    for (int i = 0; i < count; i++) {
      starts[length + i] = sourceStart(from + i);
      ends[length + i] = sourceEnd(from + i);
    }
    length += count;
  }

  /** Appends {@code c}, read from source characters [from, to) (non-empty). */
  void append(char c, int from, int to) {
    if (buffer == null) {
      materialize();
    }
    if (!reserve(1)) {
      return;
    }
    buffer[length] = c;
    starts[length] = sourceStart(from);
    ends[length] = sourceEnd(to - 1);
    length++;
  }

  /** Appends every character of {@code text}, each read from source characters [from, to). */
  void append(CharSequence text, int from, int to) {
    for (int i = 0, n = text.length(); i < n; i++) {
      append(text.charAt(i), from, to);
    }
  }

  /** Appends code point {@code codePoint}, read from source characters [from, to). */
  void appendCodePoint(int codePoint, int from, int to) {
    if (Character.isBmpCodePoint(codePoint)) {
      append((char) codePoint, from, to);
    } else {
      append(Character.highSurrogate(codePoint), from, to);
      append(Character.lowSurrogate(codePoint), from, to);
    }
  }

  /** Characters written so far. */
  int length() {
    return buffer == null ? verbatim : length;
  }

  /** True once the output grew past its limit; {@link #build} then returns {@code null}. */
  boolean overflowed() {
    return overflow;
  }

  /**
   * The built view, or {@code null} when the output is the source unchanged or overflowed.
   * Characters of the source not yet copied or appended count as dropped.
   */
  MappedView build(List<String> transforms) {
    if (overflow) {
      return null;
    }
    if (buffer == null) {
      if (verbatim == sourceText.length()) {
        return null;
      }
      materialize();
      if (overflow) {
        return null;
      }
    }
    // Trim only when it saves much: a copy costs as much as the waste it removes.
    boolean trim = length < buffer.length / 2;
    return MappedView.mapped(new String(buffer, 0, length),
        trim ? Arrays.copyOf(starts, length) : starts, trim ? Arrays.copyOf(ends, length) : ends,
        List.copyOf(transforms));
  }

  private void materialize() {
    int capacity = Math.max(16, Math.min(maxLength, sourceText.length() + 16));
    if (!budget.allocate(capacity)) {
      overflow = true;
      buffer = new char[0];
      return;
    }
    buffer = new char[capacity];
    starts = new int[capacity];
    ends = new int[capacity];
    int prefix = verbatim;
    length = 0;
    if (prefix > maxLength) {
      overflow = true;
      return;
    }
    copy(0, prefix);
  }

  private boolean reserve(int count) {
    if (overflow) {
      return false;
    }
    int needed = length + count;
    if (needed > maxLength) {
      overflow = true;
      return false;
    }
    if (needed > buffer.length) {
      int capacity = (int) Math.min(maxLength, Math.max((long) needed, buffer.length * 2L));
      if (!budget.allocate(capacity - buffer.length)) {
        overflow = true;
        return false;
      }
      buffer = Arrays.copyOf(buffer, capacity);
      starts = Arrays.copyOf(starts, capacity);
      ends = Arrays.copyOf(ends, capacity);
    }
    return true;
  }

  private int sourceStart(int sourceIndex) {
    return source.isIdentity() ? sourceIndex : source.toOriginalStart(sourceIndex);
  }

  private int sourceEnd(int sourceIndex) {
    return source.isIdentity() ? sourceIndex + 1 : source.toOriginalEnd(sourceIndex + 1);
  }
}
