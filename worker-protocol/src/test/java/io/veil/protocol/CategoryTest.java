package io.veil.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CategoryTest {

  @Test
  void catalog_hasTheNineDesignCategories_withUniqueNames() {
    assertThat(Category.wireNames()).containsExactly("email", "phone", "credit_card", "passport",
        "ssn", "itin", "drivers_license", "bank_account", "routing_number");
    assertThat(Category.all()).allSatisfy(c -> assertThat(c.description()).hasSizeGreaterThan(40));
  }

  @ParameterizedTest
  @CsvSource({"email,EMAIL", "CREDIT_CARD,CREDIT_CARD", "credit-card,CREDIT_CARD",
      "' Drivers License ',DRIVERS_LICENSE", "routing_number,ROUTING_NUMBER"})
  void fromName_acceptsWireAndConstantSpellings(String name, Category expected) {
    assertThat(Category.fromName(name)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource({"passports", "iban", "''", "social security"})
  void fromName_rejectsUnknownNames(String name) {
    assertThat(Category.fromName(name)).isEmpty();
  }

  @Test
  void decision_rejectsConfidenceOutsideUnitInterval() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Decision(true, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Decision.of(0.7, 0.5)).isEqualTo(new Decision(true, 0.7));
    assertThat(Decision.of(Double.NaN, 0.5)).isEqualTo(new Decision(false, 0.0));
  }
}
