package io.veil.detector.normalize;

import static io.veil.detector.normalize.ViewAssertions.assertReadsThrough;
import static io.veil.detector.normalize.ViewAssertions.views;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CleanViewTest {

  static Stream<Arguments> obfuscations() {
    return Stream.of(
        // name, content, value read in the clean view, exact original text of the value
        Arguments.of("html entities", "mail j&#111;hn&#64;example.com now", "john@example.com",
            "j&#111;hn&#64;example.com"),
        Arguments.of("hex entities", "&#x6A;ohn&#X40;x.org", "john@x.org",
            "&#x6A;ohn&#X40;x.org"),
        Arguments.of("named entities", "john&commat;example&period;com", "john@example.com",
            "john&commat;example&period;com"),
        Arguments.of("entity with leading zeros", "john&#0064;x.org", "john@x.org",
            "john&#0064;x.org"),
        Arguments.of("full-width at sign and ideographic full stop", "john＠example。com",
            "john@example.com", "john＠example。com"),
        Arguments.of("en dashes, minus sign, non-breaking hyphen", "123\u201345\u22126789 "
            + "555\u20110100", "123-45-6789 555-0100",
            "123\u201345\u22126789 555\u20110100"),
        Arguments.of("numeric entity without semicolon", "john&#64example.com",
            "john@example.com", "john&#64example.com"),
        Arguments.of("entity of a full-width digit", "&#xFF14;111", "4111", "&#xFF14;111"),
        Arguments.of("full-width digits", "card ４１１１ １１１１ １１１１ １１１１ end",
            "4111 1111 1111 1111", "４１１１ １１１１ １１１１ １１１１"),
        Arguments.of("full-width letters", "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ", "john@example.com",
            "ｊｏｈｎ＠ｅｘａｍｐｌｅ．ｃｏｍ"),
        Arguments.of("zero-width spaces", "ssn 123\u200B-45\u200B-6789.", "123-45-6789",
            "123\u200B-45\u200B-6789"),
        Arguments.of("joiners, BOM, word joiner", "\uFEFF555\u2060-\u200D01\u200C00",
            "555-0100", "555\u2060-\u200D01\u200C00"),
        Arguments.of("soft hyphen and bidi marks", "12\u00AD3-4\u200E5-67\u202E8\u20669",
            "123-45-6789", "12\u00AD3-4\u200E5-67\u202E8\u20669"),
        Arguments.of("arabic-indic digits", "رقم ١٢٣-٤٥-٦٧٨٩", "123-45-6789", "١٢٣-٤٥-٦٧٨٩"),
        Arguments.of("extended arabic-indic digits", "۱۲۳-۴۵-۶۷۸۹", "123-45-6789",
            "۱۲۳-۴۵-۶۷۸۹"),
        Arguments.of("devanagari digits", "संख्या १२३-४५-६७८९", "123-45-6789", "१२३-४५-६७८९"),
        Arguments.of("mathematical bold digits", "𝟏𝟐𝟑-𝟒𝟓", "123-45", "𝟏𝟐𝟑-𝟒𝟓"),
        Arguments.of("unusual spaces", "4111\u00A01111\u20091111\u30001111",
            "4111 1111 1111 1111", "4111\u00A01111\u20091111\u30001111"),
        Arguments.of("nbsp entity", "4111&nbsp;1111", "4111 1111", "4111&nbsp;1111"),
        Arguments.of("combining marks on digits", "1\u03322\u03323\u0332-45", "123-45",
            "1\u03322\u03323\u0332-45"),
        Arguments.of("circled and superscript digits", "①②③-⁴⁵", "123-45", "①②③-⁴⁵"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("obfuscations")
  void obfuscatedValue_readsInCleanView_andMapsToItsOriginalSpan(String name, String content,
      String value, String obfuscated) {
    assertReadsThrough(content, value, obfuscated, List.of());
    assertThat(views(content).get(0).text()).contains(value);
  }

  @Test
  void fullWidthDigit_mapsToItsSingleOriginalCharacter() {
    TextView view = views("a４b").get(0);

    assertThat(view.text()).isEqualTo("a4b");
    assertThat(view.originalSpan(1, 2)).isEqualTo(new OriginalSpan(1, 2));
  }

  @Test
  void numericEntity_mapsOneViewCharacterToAllFiveOriginalCharacters() {
    TextView view = views("x&#64;y").get(0);

    assertThat(view.text()).isEqualTo("x@y");
    assertThat(view.originalSpan(1, 2)).isEqualTo(new OriginalSpan(1, 6));
    assertThat(view.originalSpan(2, 3)).isEqualTo(new OriginalSpan(6, 7));
  }

  @Test
  void invisibleCharacters_areAbsentFromTheViewAndFromEveryCharactersSpan() {
    TextView view = views("1\u200B2\u200B").get(0);

    assertThat(view.text()).isEqualTo("12");
    assertThat(view.originalSpan(0, 1)).isEqualTo(new OriginalSpan(0, 1));
    assertThat(view.originalSpan(1, 2)).isEqualTo(new OriginalSpan(2, 3));
  }

  @Test
  void supplementaryDigit_mapsToBothOfItsSurrogates() {
    TextView view = views("𝟗").get(0);

    assertThat(view.text()).isEqualTo("9");
    assertThat(view.originalSpan(0, 1)).isEqualTo(new OriginalSpan(0, 2));
  }

  @Test
  void accentedLetters_areComposedByNfkc() {
    TextView view = views("Jose\u0301 ﬁle").get(0);

    assertThat(view.text()).isEqualTo("José file");
    assertThat(view.originalSpan(3, 4)).isEqualTo(new OriginalSpan(3, 5));
    assertThat(view.originalSpan(5, 7)).isEqualTo(new OriginalSpan(6, 7));
  }

  @Test
  void emptyRange_mapsToEmptySpanAtItsPosition() {
    TextView view = views("a&#64;b").get(0);

    assertThat(view.originalSpan(2, 2)).isEqualTo(new OriginalSpan(6, 6));
    assertThat(view.originalSpan(3, 3)).isEqualTo(new OriginalSpan(7, 7));
  }
}
