package io.veil.detector.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

/** Finding a value in the views of a content, and checking where it maps in the original. */
final class ViewAssertions {

  private ViewAssertions() {}

  static List<TextView> views(String content) {
    return Normalizer.standard().views(content);
  }

  /** The first view whose text contains {@code value}, if any. */
  static Optional<TextView> viewContaining(List<TextView> views, String value) {
    return views.stream().filter(v -> v.text().contains(value)).findFirst();
  }

  /**
   * Asserts that some view reads {@code value}, through exactly {@code transforms}, and that the
   * value maps back to {@code obfuscated}, the exact text that encodes it in {@code content}.
   */
  static void assertReadsThrough(String content, String value, String obfuscated,
      List<String> transforms) {
    List<TextView> views = views(content);
    Optional<TextView> found = viewContaining(views, value);
    assertThat(found).as("a view of %s containing %s; views: %s", content, value, texts(views))
        .isPresent();
    TextView view = found.get();
    assertThat(view.transforms()).as("transforms").isEqualTo(transforms);
    int at = view.text().indexOf(value);
    OriginalSpan span = view.originalSpan(at, at + value.length());
    assertThat(content.substring(span.start(), span.end())).as("original span")
        .isEqualTo(obfuscated);
    int expectedStart = content.indexOf(obfuscated);
    assertThat(span.start()).as("span start").isEqualTo(expectedStart);
  }

  static List<String> texts(List<TextView> views) {
    return views.stream().map(TextView::text).toList();
  }

  /** Mapping invariants every view must hold, whatever the content. */
  static void assertWellFormed(String content, List<TextView> views) {
    assertThat(views).isNotEmpty();
    assertThat(views.get(0).transforms()).isEmpty();
    assertThat(views.size()).isLessThanOrEqualTo(Normalizer.MAX_VIEWS);
    long total = 0;
    for (TextView view : views) {
      total += view.text().length();
      // Plain loop, one assertion: millions of AssertJ calls would dominate the suite's time.
      assertThat(firstBadMapping(content, view)).as("first badly mapped view index in %s", view)
          .isEqualTo(-1);
    }
    assertThat(total).isLessThanOrEqualTo(
        (long) Normalizer.SIZE_FACTOR * content.length() + Normalizer.SIZE_CONSTANT);
  }

  /** Index of the first view character mapping outside the content or backwards, else -1. */
  private static int firstBadMapping(String content, TextView view) {
    int previousStart = 0;
    for (int i = 0, n = view.text().length(); i < n; i++) {
      int start = view.toOriginalStart(i);
      int end = view.toOriginalEnd(i + 1);
      if (start < previousStart || start < 0 || end <= start || end > content.length()) {
        return i;
      }
      previousStart = start;
    }
    return -1;
  }
}
