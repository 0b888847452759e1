package io.veil.detector.recognize;

import static io.veil.detector.recognize.Row.no;
import static io.veil.detector.recognize.Row.yes;
import static io.veil.detector.recognize.Row.yesUnder;

import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoutingNumberRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("label", "routing number: 021000021"),
        yes("url param", "?routing=021000021&acct=12345678"),
        yes("aba", "ABA 111000025"),
        yes("rtn key", "{\"rtn\":\"061000104\"}"),
        yes("micr", "⑆021000021⑆ 12345678⑈ 0101"),
        yes("label, checksum fails (rule 3)", "routing: 123456789"),
        yes("es", "número de ruta bancaria 021000021"),
        yes("de", "Bankleitzahl 021000021"),
        yes("zh", "路由号码 021000021"),
        yesUnder("json path", "$.bank.routingNumber", "021000021"),
        yes("grouped 4-4-1", "wire: ABA/routing 0910-0001-9"),
        yes("dotted 3-3-3 (fr)", "numéro de routage (ABA) : 061.000.104"),
        yes("spaced 3-3-3", "routing number 021 000 021"),
        no("bare valid aba", "021000021"),
        no("grouped, no label", "0910-0001-9"),
        no("grouped, checksum fails", "routing 0910-0001-8"),
        no("grouped under order", "order 061.000.104"),
        no("account label", "account number 021000021"),
        no("order", "order 021000021"),
        no("word only", "what is a routing number?"),
        no("too long", "routing 0210000210"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void routingNumber_followsPolicy(Row row) {
    TableAssert.check(row, Category.ROUTING_NUMBER);
  }
}
