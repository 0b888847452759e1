package io.veil.detector.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.detector.EmbeddedDetector;
import io.veil.detector.score.Calibration;
import io.veil.protocol.Category;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The shapes context comes in: carriers, label positions, boundaries and look-alike keys. */
class ContextFormsTest {

  private static final EmbeddedDetector DETECTOR = EmbeddedDetector.create(Calibration.identity());

  private static Arguments row(Category c, boolean sensitive, String content) {
    return Arguments.of(c, sensitive, content);
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        row(Category.PASSPORT, true, "id,created_at,passport_no,status\n"
            + "fe2b6d0b-b18d-47b7,2026-05-18T16:41:41Z,313604469,active"),
        row(Category.SSN, false, "id,created_at,passport_no,status\n"
            + "fe2b6d0b-b18d-47b7,2026-05-18T16:41:41Z,536221234,active"),
        row(Category.BANK_ACCOUNT, true, "<form><input type=\"hidden\" name=\"acct_no\" "
            + "value=\"30799947\"><button>OK</button></form>"),
        row(Category.ROUTING_NUMBER, true, "{\"operationName\":\"UpdateProfile\",\"variables\":"
            + "{\"input\":{\"routingNumber\":\"0 7 0 9 5 4 9 2 4\"}}}"),
        row(Category.PASSPORT, true, "{\"input\":{\"passport\":\"D6 4 6 4 6 6 4 3\"}}"),
        row(Category.CREDIT_CARD, true, "{\"query\":\"3.7.0.9 2.3.0.6.9.9 5.3.9.8.7 확인\"}"),
        row(Category.PHONE, true, "Got 7 1 3.5 9 3.1 1 8 7 in the last sync, ignoring."),
        row(Category.SSN, true, "000-12-3456 (número de Seguro Social)"),
        row(Category.PASSPORT, true, "X12345678 (номер паспорта)"),
        row(Category.EMAIL, true, "Please update the email address on file to a.b@gmx.net."),
        row(Category.PHONE, true, "msg=\"Посмотрите, пожалуйста,+213-388-2649.\""),
        row(Category.BANK_ACCOUNT, true, "Xin chào, số tài khoản ngân hàng của tôi là 58503372716"),
        row(Category.PASSPORT, true, "| Passport | 123456789 |"),
        row(Category.PASSPORT, true, "Passport\n123456789"),
        row(Category.PASSPORT, false, "هل أحتاج إلى رقم جواز السفر للتسجيل؟ هل يمكنكم مراجعة"
            + " 123456789؟"),
        row(Category.PASSPORT, false, "Where can I find my passport number? Order 123456789 has"
            + " shipped"),
        row(Category.DRIVERS_LICENSE, false, "ValidationError: field 'dl_number' rejected value "
            + "'D*****23' (code E213)"),
        row(Category.BANK_ACCOUNT, false, "{\"account_id\": \"12345678\", \"plan\": \"pro\"}"),
        row(Category.DRIVERS_LICENSE, false, "{\"license_key\": \"A1B2C3D4E5\"}"),
        row(Category.DRIVERS_LICENSE, false, "business license number 12345678"),
        row(Category.DRIVERS_LICENSE, false, "Drivers license holder - Black (kobo) code E794"),
        row(Category.PASSPORT, false, "{\"passport_expiry\": \"2030-01-01\"}"),
        row(Category.PHONE, false, "{\"phone_model\": \"Pixel 8\", \"build\": \"AP2A.240805.005\"}"),
        row(Category.ROUTING_NUMBER, false, "{\"routing_key\": \"orders.created.123456789\"}"),
        row(Category.EMAIL, true, "{\"from\":\"user\",\"text\":\"ysilva14@mail.ru を確認\"}"),
        row(Category.ITIN, true, "<input type=\"hidden\" name=\"ref\" value=\"933-60-0672\">"),
        row(Category.PASSPORT, true, "{\"passports\":[\"987654321\",\"123456789\"]}"),
        row(Category.BANK_ACCOUNT, true, "{\"accounts\": [12345678, 87654321]}"),
        // a numbered key (repeated field) still labels its value, in text as in paths
        row(Category.PASSPORT, true, "https://x.test/c?tel=+1 206 509 6323&passport_no_2=294519520"),
        row(Category.DRIVERS_LICENSE, true, "q=a b&licencia_conducir_2=761064632"),
        row(Category.ROUTING_NUMBER, true, "ref x&aba_routing_1=030069367"),
        row(Category.PASSPORT, true, "passport[0]: 294519520"),
        row(Category.PASSPORT, false, "order_2=294519520"),
        row(Category.PASSPORT, false, "passport photo, order 2 294519520 shipped"));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("forms")
  void contextForm_isReadAsThePolicySays(Category c, boolean sensitive, String content) {
    assertThat(DETECTOR.detect(content, c, null).decision().sensitive())
        .as(c + " " + content).isEqualTo(sensitive);
  }
}
