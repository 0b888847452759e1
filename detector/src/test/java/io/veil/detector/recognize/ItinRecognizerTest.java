package io.veil.detector.recognize;

import static io.veil.detector.recognize.Row.no;
import static io.veil.detector.recognize.Row.yes;
import static io.veil.detector.recognize.Row.yesUnder;

import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ItinRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("grouped, 70-88", "912-78-1234"),
        yes("grouped, 50-65", "my number 900-50-1234"),
        yes("grouped, 94-99", "999 99 1234"),
        yes("label, plain", "ITIN 912781234"),
        yes("label, outside groups (rule 3)", "ITIN: 912-93-1234"),
        yes("taxpayer id", "Individual Taxpayer Identification Number: 912-34-5678"),
        yes("es", "número de identificación personal del contribuyente 912701234"),
        yes("zh", "个人纳税人识别号 912701234"),
        yes("tr", "vergi kimlik numarası 912701234"),
        yesUnder("json path", "$.tax.itin", "912701234"),
        yes("label, spaced 3-3-3", "ITIN: 912 781 234"),
        no("3-3-3 without label", "912 781 234"),
        no("atin group without label", "912-93-1234"),
        no("labelled atin", "ATIN 912-93-4410 for adoption case"),
        no("labelled atin, itin-shaped group", "ATIN: 912-78-1234"),
        no("irsn group without label", "912-05-1234"),
        no("ssn is not an itin", "536-22-1234"),
        no("ssn under itin label", "itin: 536-22-1234"),
        no("bare", "912781234"),
        no("masked", "9XX-XX-1234"),
        no("word only", "how to apply for an ITIN"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void itin_followsPolicy(Row row) {
    TableAssert.check(row, Category.ITIN);
  }
}
