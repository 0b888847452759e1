package io.veil.detector.normalize;

import static io.veil.detector.normalize.ViewAssertions.texts;
import static io.veil.detector.normalize.ViewAssertions.views;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every character of a view maps to exactly the original text it was read from. */
class MappingTest {

  static Stream<Arguments> mappings() {
    return Stream.of(
        // content, transforms of the view, the original text behind each view character
        Arguments.of("a&#64;b", List.of(), List.of("a", "&#64;", "b")),
        Arguments.of("a\u200Bb\u00A0c", List.of(), List.of("a", "b", "\u00A0", "c")),
        Arguments.of("１\u0661२", List.of(), List.of("１", "\u0661", "२")),
        Arguments.of("x%40y", List.of("url"), List.of("x", "%40", "y")),
        Arguments.of("x%2540y", List.of("url", "url"), List.of("x", "%2540", "y")),
        Arguments.of("%C3%A9!", List.of("url"), List.of("%C3%A9", "!")),
        Arguments.of("%F0%9F%98%80", List.of("url"), List.of("%F0%9F%98%80", "%F0%9F%98%80")),
        Arguments.of("?k=a+b", List.of("url"), List.of("?", "k", "=", "a", "+", "b")),
        Arguments.of("a\\u0040\\\"", List.of("json"), List.of("a", "\\u0040", "\\\"")),
        Arguments.of("a\\x40\\x86", List.of("json"), List.of("a", "\\x40", "\\", "x", "8", "6")),
        Arguments.of("\\uD83D\\uDE00", List.of("json"), List.of("\\uD83D", "\\uDE00")),
        Arguments.of("x\\u002540", List.of("json", "url"), List.of("x", "\\u002540")),
        Arguments.of("&amp;#64;!", List.of("html"), List.of("&amp;#64;", "!")),
        Arguments.of("(SGVsbG8=)", List.of("base64"),
            List.of("(", "SGVsbG8=", "SGVsbG8=", "SGVsbG8=", "SGVsbG8=", "SGVsbG8=", ")")));
  }

  @ParameterizedTest(name = "{0} through {1}")
  @MethodSource("mappings")
  void everyViewCharacter_mapsToTheOriginalTextItCameFrom(String content,
      List<String> transforms, List<String> originals) {
    TextView view = views(content).stream().filter(v -> v.transforms().equals(transforms))
        .findFirst().orElseThrow(() -> new AssertionError("no view " + transforms + " in "
            + texts(views(content))));

    List<String> actual = new ArrayList<>();
    for (int i = 0; i < view.text().length(); i++) {
      OriginalSpan span = view.originalSpan(i, i + 1);
      actual.add(content.substring(span.start(), span.end()));
    }
    assertThat(actual).isEqualTo(originals);
  }
}
