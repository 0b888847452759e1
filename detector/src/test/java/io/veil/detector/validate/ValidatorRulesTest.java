package io.veil.detector.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidatorRulesTest {

  @ParameterizedTest
  @CsvSource({"4111111111111111,true", "4111111111111112,false", "378282246310005,true",
      "6011111111111117,true", "5555555555554444,true", "79927398713,true", "79927398710,false",
      "'',false", "41111a1111111111,false"})
  void luhn_acceptsOnlyValidChecksums(String digits, boolean valid) {
    assertThat(Luhn.isValid(digits)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"411111111111111,1", "7992739871,3", "555555555555444,4"})
  void luhn_checkDigit_completesAValidNumber(String payload, int check) {
    assertThat(Luhn.checkDigit(payload)).isEqualTo(check);
    assertThat(Luhn.isValid(payload + check)).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"021000021,true", "111000025,true", "061000104,true", "021000022,false",
      "131000021,false", "801000026,false", "02100002,false", "ab1000021,false"})
  void aba_requiresPrefixRangeAndWeightedChecksum(String digits, boolean valid) {
    assertThat(AbaRouting.isValid(digits)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"123456789,true", "000123456,false", "666123456,false", "900123456,false",
      "123006789,false", "123450000,false", "078051120,false", "111111111,false",
      "219099999,false", "536221234,true"})
  void ssn_rejectsNeverIssuedRangesAndAdvertisingNumbers(String digits, boolean valid) {
    assertThat(Ssn.isValid(digits)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"912701234,true", "950501234,true", "999991234,true", "912931234,false",
      "912011234,false", "912891234,false", "812701234,false"})
  void itin_requiresLeading9AndAnItinGroup(String digits, boolean valid) {
    assertThat(Itin.isValid(digits)).isEqualTo(valid);
  }

  @ParameterizedTest
  @CsvSource({"4111111111111111,visa", "5555555555554444,mastercard",
      "2221000000000009,mastercard", "378282246310005,amex", "6011111111111117,discover",
      "3530111333300000,jcb", "30569309025904,diners"})
  void cardIssuers_namesTheBrandForKnownPrefixes(String digits, String brand) {
    assertThat(CardIssuers.brand(digits)).contains(brand);
  }

  @ParameterizedTest
  @CsvSource({"1234567890123456", "9111111111111111", "411111111111", "41111111111111111111"})
  void cardIssuers_rejectsUnknownPrefixOrLength(String digits) {
    assertThat(CardIssuers.brand(digits)).isEmpty();
  }
}
