package io.veil.training.dataset;

import io.veil.protocol.Category;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Field, parameter and form keys that name each category, and keys that name nothing. */
final class Keys {

  private static final Map<Category, List<String>> BY_CATEGORY = new EnumMap<>(Category.class);

  static {
    BY_CATEGORY.put(Category.EMAIL, List.of("email", "e_mail", "user_email", "emailAddress",
        "correo", "courriel", "mail"));
    BY_CATEGORY.put(Category.PHONE, List.of("phone", "phone_number", "tel", "mobile",
        "telefono", "telefone", "phoneNumber", "telefonnummer"));
    BY_CATEGORY.put(Category.CREDIT_CARD, List.of("card_number", "cc_number", "cardNumber",
        "card_no", "numero_tarjeta", "kartennummer", "credit_card"));
    BY_CATEGORY.put(Category.PASSPORT, List.of("passport", "passport_no", "passportNumber",
        "pasaporte", "passeport", "paspoort", "护照号码", "passport_number"));
    BY_CATEGORY.put(Category.SSN, List.of("ssn", "social_security_number", "ssn_number",
        "socialSecurityNo", "us_ssn"));
    BY_CATEGORY.put(Category.ITIN, List.of("itin", "itin_number", "taxpayer_itin", "itinNumber"));
    BY_CATEGORY.put(Category.DRIVERS_LICENSE, List.of("dl_number", "drivers_license",
        "driverLicenseNo", "driver_license_number", "licencia_conducir", "fuehrerschein_nr"));
    BY_CATEGORY.put(Category.BANK_ACCOUNT, List.of("acct_no", "account_number", "bank_account",
        "accountNumber", "cuenta_bancaria", "kontonummer", "checking_account"));
    BY_CATEGORY.put(Category.ROUTING_NUMBER, List.of("routing", "routing_number", "aba",
        "aba_routing", "routingNumber", "rtn"));
  }

  /** Keys that say nothing about what their value is. */
  static final List<String> NEUTRAL = List.of("q", "ref", "value", "note", "text", "input",
      "v", "field_7", "data", "extra");

  private Keys() {}

  static List<String> of(Category c) {
    return BY_CATEGORY.get(c);
  }

  /** Only ASCII keys, for URL and form carriers. */
  static List<String> asciiOf(Category c) {
    return of(c).stream().filter(k -> k.chars().allMatch(ch -> ch < 128)).toList();
  }
}
