package io.veil.detector.context;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.detector.recognize.Recognizers;
import io.veil.protocol.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyContextTest {

  private static final ContextFinder FINDER =
      new ContextFinder(new Vocabulary(Recognizers.contextWords()));

  @ParameterizedTest
  @CsvSource({
      "acct_no, bank_account", "acctNum, bank_account", "$.bank.account_number, bank_account",
      "dl_num, drivers_license", "driverLicenseNo, drivers_license", "cc, credit_card",
      "cc_number, credit_card", "tel, phone", "phoneNumber, phone", "ssn, ssn",
      "socialSecurityNo, ssn", "us_ssn, ssn", "aba, routing_number", "rtn, routing_number",
      "$.routingNumber, routing_number", "passport-number, passport", "PASSPORT_NO, passport",
      "$.user.passport_no, passport", "pasaporte, passport", "passeport, passport",
      "护照号码, passport", "e_mail, email", "taxpayer_itin, itin", "kontonummer, bank_account",
      "fuehrerschein_nr, drivers_license", "numero_tarjeta, credit_card",
      "telefonnummer, phone", "cuenta_bancaria, bank_account"})
  void keysInAnyCase_nameTheirCategory(String key, String category) {
    assertThat(FINDER.key(key).categories())
        .contains(Category.fromName(category).orElseThrow());
  }

  @ParameterizedTest
  @CsvSource({"$.order.id", "dob", "$.items[3].sku", "tracking_number", "hotel", "notes",
      "$.session", "created_at"})
  void keysThatNameNoCategory_giveNone(String key) {
    assertThat(FINDER.key(key).categories()).isEmpty();
  }
}
