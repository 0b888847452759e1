package io.veil.detector.recognize;

import static io.veil.detector.recognize.Row.no;
import static io.veil.detector.recognize.Row.yes;
import static io.veil.detector.recognize.Row.yesUnder;

import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CreditCardRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("visa test number", "4111111111111111"),
        yes("grouped spaces", "4111 1111 1111 1111"),
        yes("grouped dashes", "4111-1111-1111-1111"),
        yes("amex", "378282246310005"),
        yes("amex 4-6-5", "3782 822463 10005"),
        yes("mastercard 2-series", "2221000000000009"),
        yes("discover", "pay 6011111111111117 now"),
        yes("with expiry", "Pay with 5555 5555 5555 4444 exp 12/25"),
        yes("label, luhn fails (rule 3)", "\"card_number\": \"4111 1111 1111 1112\""),
        yes("es label, luhn fails", "Número de tarjeta: 4111 1111 1111 1112"),
        yes("spaced digits", "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"),
        yes("dots", "4111.1111.1111.1111"),
        yes("full-width", "４１１１１１１１１１１１１１１１"),
        yes("url-encoded", "cc=4111%201111%201111%201111"),
        yes("json in string", "{\"payload\":\"{\\\"cc\\\":\\\"4111111111111111\\\"}\"}"),
        yes("zh", "信用卡号 4111 1111 1111 1112"),
        yesUnder("key, luhn fails", "$.payment.card_number", "4111111111111112"),
        no("luhn fails, no context", "4111111111111112"),
        no("masked", "XXXX XXXX XXXX 1234"),
        no("masked stars", "**** **** **** 1234"),
        no("uuid", "550e8400-e29b-41d4-a716-446655440000"),
        no("no issuer prefix", "1234 5678 9012 3452"),
        no("order", "Order #4111111111111111"),
        no("word only", "credit card offers"),
        no("too short", "card 4111 1111"),
        no("timestamp", "1700000000123"),
        no("isbn", "ISBN 978-0-306-40615-7"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void creditCard_followsPolicy(Row row) {
    TableAssert.check(row, Category.CREDIT_CARD);
  }
}
