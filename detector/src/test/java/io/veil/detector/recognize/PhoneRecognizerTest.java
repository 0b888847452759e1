package io.veil.detector.recognize;

import static io.veil.detector.recognize.Row.no;
import static io.veil.detector.recognize.Row.yes;
import static io.veil.detector.recognize.Row.yesUnder;

import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhoneRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("us parentheses", "Call me at (212) 555-0143"),
        yes("us dashes", "212-555-0143"),
        yes("us dots", "212.555.0143"),
        yes("us +1", "+1 212 555 0143"),
        yes("uk international", "+44 20 7946 0958"),
        yes("de international", "+49 30 901820"),
        yes("fr international", "+33 1 42 68 53 00"),
        yes("jp international", "+81 3-1234-5678"),
        yes("plain with label", "tel: 2125550143"),
        yes("json key", "{\"mobile\":\"2125550143\"}"),
        yes("es label", "Mi teléfono es 612 345 678"),
        yes("de label", "Telefonnummer: 030 901820"),
        yes("zh label", "电话：13812345678"),
        yes("ja label", "電話番号 03-1234-5678"),
        yes("ru label", "Телефон: 8 (495) 123-45-67"),
        yes("url-encoded plus", "phone=%2B44%2020%207946%200958"),
        yes("full-width", "（２１２）５５５－０１４３"),
        yesUnder("json path", "$.contact.phone", "2125550143"),
        yes("fr call-me, national form", "Rappelez-moi au 06 12 34 56 78 svp"),
        yes("nl call-me, national form", "Bel me op 06-12345678"),
        yes("de call-me", "Ruf mich an unter 030 12345678"),
        yes("it call-me", "Chiamami al 06 1234 5678"),
        yes("pt call-me", "Ligue-me no 011 2345-6789"),
        no("national form, no context", "06 12 34 56 78"),
        no("call-me words, order number", "Rappelez-moi au sujet de la commande 06 12 34 56 78"),
        no("bare ten digits", "2125550143"),
        no("order", "Order #2125550143"),
        no("timestamp", "2024-01-15 10:30:00"),
        no("ip address", "192.168.100.200"),
        no("isbn", "ISBN 978-3-16-148410-0"),
        no("price", "price $1,234,567.89"),
        no("version", "version 10.2.3.4567"),
        no("coordinates", "40.712776, -74.005974"),
        no("unix time", "ts=1700000000"),
        no("word only", "phone support is closed"),
        no("masked", "(***) ***-0143"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void phone_followsPolicy(Row row) {
    TableAssert.check(row, Category.PHONE);
  }
}
