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

class PassportRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("url parameter", "http://www.share-fake-passport.com?name=tim&passport=85961047"),
        yes("label", "My passport number is 123456789"),
        yes("json key", "{\"passport_no\": \"X12345678\"}"),
        yes("camelCase key", "{\"passportNumber\":\"A23456789\"}"),
        yes("passport card", "Passport card number: C03005988"),
        yes("form post", "name=Ann+Lee&passport_num=567891234&country=US"),
        yes("log line", "2024-05-01T10:00:00Z INFO user=ann passport=E98765432 verified"),
        yes("nested json", "{\"passport\": {\"country\": \"US\", \"number\": \"531246789\"}}"),
        yes("near, chat", "I lost my passport yesterday, the number was 123456789"),
        yes("value then label", "123456789 is my passport number"),
        yesUnder("json path", "$.user.passport_no", "123456789"),
        yesUnder("json path, next gen", "$.traveler.passport", "Z12345678"),
        yes("zh", "护照号码：E12345678"),
        yes("zh traditional", "護照號碼 E12345678"),
        yes("ja", "パスポート番号は123456789です"),
        yes("ko", "여권번호: M12345678"),
        yes("ru", "номер паспорта 123456789"),
        yes("ar", "رقم جواز السفر 123456789"),
        yes("hi", "पासपोर्ट संख्या 123456789"),
        yes("es", "Número de pasaporte: 123456789"),
        yes("fr", "Mon numéro de passeport est 123456789"),
        yes("de", "Reisepassnummer: C01234567"),
        yes("de abbreviation", "Pass-Nr. 123456789"),
        yes("pt", "Número do passaporte: 123456789"),
        yes("it", "Numero di passaporto: A12345678"),
        yes("nl", "Paspoortnummer: 123456789"),
        yes("vi", "số hộ chiếu của tôi là B12345678"),
        yes("tr", "pasaport numaram 123456789"),
        yes("pl", "numer paszportu 123456789"),
        yes("url-encoded", "passport%3D123456789"),
        yes("full-width digits", "passport: １２３４５６７８９"),
        yes("zero-width", "passport: 123\u200b456\u200b789"),
        yes("fr alphanumeric", "passeport n° 18AB12345"),
        yes("de alphanumeric", "Reisepassnummer C4J5K7L9M"),
        yes("ru grouped 2+7", "номер паспорта 75 1234567"),
        yes("sibling type parameter", "doc_type=passport&doc_number=N04829173"),
        yes("sibling type key", "{\"doc_type\":\"passport\",\"doc_no\":\"N04829173\"}"),
        no("product slug", "passport-wallet-tribe-56060137"),
        no("alphanumeric sku", "passport wallet SKU AB12345X"),
        no("sibling type names another kind", "doc_type=invoice&doc_number=N04829173"),
        no("sibling type, order parameter", "doc_type=passport&order_id=N04829173"),
        no("alphanumeric without label", "ref 18AB12345"),
        no("grouped ssn shape", "passport 536 22 1234"),
        no("grouped date", "passport issued 12 05 2024"),
        no("word without value", "passport photo requirements"),
        no("bare digits", "123456789"),
        no("bare next gen", "A12345678"),
        no("ssn key", "ssn: 123456789"),
        noUnder("other key", "$.user.ssn", "123456789"),
        noUnder("ssn format under passport", "$.passport", "123-45-6789"),
        no("order number", "Order #123456789 for passport cover"),
        no("order after word", "I need to renew my passport, order number 123456789"),
        no("sku", "Leather Passport Holder SKU 123456789"),
        no("tracking", "passport renewal, tracking 123456789"),
        no("price", "Passport fee: $130 paid 2024-01-01"),
        no("timestamp", "passport check at 1700000000123"),
        no("uuid", "passport session 550e8400-e29b-41d4-a716-446655440000"),
        no("hash", "passport 5d41402abc4b2a76b9719d911017c592"),
        no("masked", "passport: XXXXX6789"),
        no("phone label", "phone: 123456789, passport photos ready"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void passport_followsPolicy(Row row) {
    TableAssert.check(row, Category.PASSPORT);
  }
}
