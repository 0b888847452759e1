package io.veil.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The catalog of sensitive-data categories: Veil's shared vocabulary. Each category has a stable
 * wire name (used in the HTTP API, the worker protocol, training data and metrics labels) and a
 * description in the style of the design, which the LLM prompt shows to the model.
 *
 * <p>Adding a category is one constant here, one recognizer class in the detector, one registry
 * line and one table test.
 */
public enum Category {
  EMAIL("email",
      "Email addresses identify a person's mailbox: a local part, an @ sign and a domain with a"
          + " top-level domain. Role and system mailboxes of an organisation (noreply@, support@,"
          + " info@) belong to no person."),
  PHONE("phone",
      "Phone numbers are the numbers assigned to a person's telephone line or mobile device, in"
          + " international (+) or national form, valid for their region; U.S. numbers follow the"
          + " North American Numbering Plan."),
  CREDIT_CARD("credit_card",
      "Payment card numbers are the 13 to 19 digit primary account numbers printed on credit,"
          + " debit and prepaid cards, starting with an issuer prefix and ending with a Luhn check"
          + " digit."),
  PASSPORT("passport",
      "United States passport numbers are issued by the U.S. Department of State to U.S. citizens"
          + " and nationals: 9 digits in legacy books, one letter and 8 digits in Next Generation"
          + " passports."),
  SSN("ssn",
      "Social Security numbers are issued by the U.S. Social Security Administration to citizens,"
          + " permanent residents and working residents: 9 digits written AAA-GG-SSSS."),
  ITIN("itin",
      "Individual Taxpayer Identification Numbers are issued by the U.S. Internal Revenue Service"
          + " to people who need a taxpayer number but cannot get an SSN: 9 digits starting with 9,"
          + " written 9XX-ZZ-XXXX with the middle group in the ITIN ranges."),
  DRIVERS_LICENSE("drivers_license",
      "U.S. driver's license numbers are issued by each state's motor vehicle agency to licensed"
          + " drivers, in formats that differ by state (digits, or letters followed by digits)."),
  BANK_ACCOUNT("bank_account",
      "U.S. bank account numbers identify a person's deposit account at a bank or credit union:"
          + " typically 8 to 17 digits with no national format or check digit."),
  ROUTING_NUMBER("routing_number",
      "ABA routing transit numbers identify the U.S. bank or credit union that holds an account:"
          + " 9 digits with a 3-7-1 weighted check digit, printed on checks beside the account"
          + " number.");

  private static final List<Category> ALL = List.of(values());

  private final String wireName;
  private final String description;

  Category(String wireName, String description) {
    this.wireName = wireName;
    this.description = description;
  }

  /** The stable name used on the wire, in config, metrics labels and training data. */
  public String wireName() {
    return wireName;
  }

  /** A one-paragraph description of what the category covers. */
  public String description() {
    return description;
  }

  /** All categories in catalog order. */
  public static List<Category> all() {
    return ALL;
  }

  /** The known wire names, in catalog order, for error messages. */
  public static List<String> wireNames() {
    return Arrays.stream(values()).map(Category::wireName).toList();
  }

  /**
   * Looks a category up by wire name, case-insensitively, also accepting the enum constant name
   * ({@code CREDIT_CARD}) and common spellings with spaces or dashes.
   */
  public static Optional<Category> fromName(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Category c : ALL) {
      if (c.wireName.equals(n)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return wireName;
  }
}
