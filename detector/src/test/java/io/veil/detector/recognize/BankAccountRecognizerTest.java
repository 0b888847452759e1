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

class BankAccountRecognizerTest {

  static Stream<Arguments> table() {
    return Stream.of(
        yes("label", "account number: 12345678901"),
        yes("url param", "?routing=021000021&acct=12345678"),
        yes("camelCase key", "{\"acctNum\":\"000123456789\"}"),
        yes("acct_no", "acct_no=987654321"),
        yes("grouped", "Account: 1234-5678-9012"),
        yes("checking", "checking account 4400123456"),
        yes("de", "Kontonummer: 1234567890"),
        yes("es", "número de cuenta 0012345678"),
        yes("fr", "numéro de compte : 12345678901"),
        yes("ja", "口座番号 12345678"),
        yes("ru", "номер счета 40817810099910004"),
        yes("tr", "hesap numarası 12345678"),
        yesUnder("json path", "$.bank.account_number", "12345678901"),
        no("bare", "12345678901"),
        no("order", "Order 12345678901"),
        yes("iban label, es", "IBAN ES91 2100 0418 4502 0005 1332"),
        yes("iban label, letters in bban", "IBAN NL91 ABNA 0417 1643 00"),
        yes("iban label, it", "IBAN IT60 X054 2811 1010 0000 0123 456"),
        yes("micr on-us field", "⑆021000021⑆ 483920174⑈ 1045"),
        yes("pt short with check digit", "conta corrente 12345-6, agência 0001"),
        yes("ja 7 full-width digits", "口座番号 １２３４５６７"),
        yes("short under label (rule 3)", "account 1234567"),
        no("too short", "account 12345"),
        no("bare iban", "ES91 2100 0418 4502 0005 1332"),
        no("iban failing mod-97", "IBAN ES92 2100 0418 4502 0005 1332"),
        no("short without label", "ref 12345-6"),
        no("short under order", "account order 1234567"),
        no("masked", "account ending in ****6789"),
        no("masked x", "acct XXXXXXXX6789"),
        no("routing only", "routing number 021000021"),
        no("date", "account opened 2024-01-15"),
        no("word only", "open a bank account today"),
        noUnder("phone path", "$.user.phone", "2125550143"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void bankAccount_followsPolicy(Row row) {
    TableAssert.check(row, Category.BANK_ACCOUNT);
  }
}
