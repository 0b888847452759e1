package io.veil.detector.recognize;

import static io.veil.detector.recognize.Row.no;
import static io.veil.detector.recognize.Row.yes;
import static io.veil.detector.recognize.Row.yesUnder;

import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DriversLicenseRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("CA 1A7N", "Driver's license: D1234567"),
        yes("FL 1A12N", "DL# S530460561230"),
        yes("FL grouped", "driver license S530-460-56-123-0"),
        yes("IA 3N2A4N", "dl_number=123AB4567"),
        yes("NH 2N3A5N", "{\"dl_num\":\"12ABC34567\"}"),
        yes("KS ANANA", "driver's license K1K1K"),
        yes("WA 12 chars", "Driver License No: SMITHJ123AB"),
        yes("NY 9N", "NY driver license number 123456789"),
        yes("presidio dashed", "my driver's license number is 2270-66-1551"),
        yes("presidio long", "My driver's license number is F162823540116"),
        yes("es", "licencia de conducir: 12345678"),
        yes("de", "Führerscheinnummer B072RRE2I55"),
        yes("fr", "numéro de permis de conduire 123456789012"),
        yes("zh", "驾照号码 A12345678"),
        yes("ko", "운전면허 번호 12-34-567890-12"),
        yes("pl", "numer prawa jazdy 12345/67/8901"),
        yesUnder("json path", "$.driver.license_number", "D1234567"),
        yesUnder("json path abbreviation", "$.applicant.dl", "123456789"),
        no("bare", "D1234567"),
        no("word only", "driver's license renewal office hours"),
        no("software license", "license fee 45 dollars"),
        no("date", "license expires 2025-01-01"),
        no("order", "driver license holder, order 123456789"),
        no("ssn label", "SSN: 536221234"),
        no("masked", "DL: XXXXX1234"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void driversLicense_followsPolicy(Row row) {
    TableAssert.check(row, Category.DRIVERS_LICENSE);
  }
}
