package io.veil.detector.recognize;

import static io.veil.detector.recognize.Row.no;
import static io.veil.detector.recognize.Row.noUnder;
import static io.veil.detector.recognize.Row.yes;
import static io.veil.detector.recognize.Row.yesUnder;

import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SsnRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("dashed, no context", "536-22-1234"),
        yes("spaced, no context", "reach 536 22 1234 today"),
        yes("label", "My SSN is 123-45-6789"),
        yes("plain with key", "{\"ssn\":\"536221234\"}"),
        yes("url param", "https://x.io/form?ssn=536221234&x=1"),
        yes("invalid range with label (rule 3)", "ssn: 000-12-3456"),
        yes("social security phrase", "Social Security Number: 536 22 1234"),
        yes("es", "Número de seguro social: 536221234"),
        yes("fr", "numéro de sécurité sociale 536221234"),
        yes("de", "Sozialversicherungsnummer: 536221234"),
        yes("zh", "社会安全号码是536221234"),
        yes("ko", "사회보장번호 536221234"),
        yes("pl", "numer ubezpieczenia społecznego 536221234"),
        yes("dots", "536.22.1234"),
        yes("html entity", "SSN&#58; 536&#45;22&#45;1234"),
        yes("base64", "U1NOOiA1MzYtMjItMTIzNA=="),
        yesUnder("json path", "$.employee.ssn", "536221234"),
        yes("label, spaced 3-3-3", "SSN: 536 221 234"),
        yes("label, dotted 3-3-3", "SSN 536.221.234"),
        yes("label, dashed 4-4-1", "ssn 5362-2123-4"),
        no("3-3-3 without label", "536 221 234"),
        no("label, 3-3-3 outside the ranges", "SSN 000.221.234"),
        no("amount in 3-3-3", "total 536.221.234"),
        no("masked", "***-**-6789"),
        no("area 000", "000-12-3456"),
        no("area 666", "666-12-3456"),
        no("itin is not an ssn", "912-78-1234"),
        no("9xx outside itin groups", "912-34-5678"),
        no("bare nine digits", "536221234"),
        no("word without value", "apply for an SSN"),
        no("order", "order 536-22-1234"),
        no("phone", "call 536-221-2345"),
        no("passport label", "passport: 536221234"),
        noUnder("itin path", "$.itin", "912781234"),
        no("date", "2024-05-01"),
        no("zip+4", "zip 94107-1234"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void ssn_followsPolicy(Row row) {
    TableAssert.check(row, Category.SSN);
  }
}
