package io.veil.detector.recognize;

import io.veil.detector.validate.CardIssuers;
import io.veil.detector.validate.Luhn;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * U.S. bank account numbers, always with context: {@code account_plain} (8–17 digits) or
 * {@code account_grouped} (8–17 digits in dash- or space-separated groups); {@code account_short}
 * (6–7 digits, one check digit after a dash allowed) needs a label; an {@code iban} that passes
 * mod-97; {@code account_micr}, the on-us field before a check's {@code ⑈} symbol. A valid card
 * number printed in fours is a card, not an account.
 */
public final class BankAccountRecognizer implements Recognizer {

  @Override
  public Category category() {
    return Category.BANK_ACCOUNT;
  }

  @Override
  public List<String> contextWords() {
    return List.of("account number", "account no", "account num", "account", "accounts",
        "acct", "acct no", "acct num", "acctno", "acctnum", "acc no", "acc num", "acc",
        "a c", "bank account", "bank acct", "checking", "checking account", "savings",
        "savings account", "deposit account", "beneficiary account", "dda", "accountnumber",
        "account#", "acct#", "cuenta", "numero de cuenta", "cuenta bancaria", "cuenta*",
        "compte", "numero de compte", "compte bancaire", "kontonummer", "konto", "konto*",
        "bankkonto", "conta", "numero da conta", "conta bancaria", "conto", "numero di conto",
        "conto corrente", "rekeningnummer", "rekening", "rekening*", "bankrekening*",
        "账号", "帐号", "账户", "帳戶", "帳號", "银行账户", "口座番号", "口座", "계좌번호",
        "계좌", "номер счета", "счета", "счет", "счёт", "رقم الحساب", "الحساب", "حساب",
        "खाता संख्या", "खाता", "so tai khoan", "tai khoan", "hesap", "hesap*",
        "numer konta", "konta", "rachunek", "rachun*", "iban", "conta corrente",
        "numero de conta", "numero da conta corrente");
  }

  @Override
  public int minDigits() {
    return 6;
  }

  @Override
  public boolean alwaysNeedsContext() {
    return true;
  }

  @Override
  public List<Candidate> candidates(ScanText t) {
    List<Candidate> out = new ArrayList<>();
    for (Chain c : t.chains()) {
      for (int i = 0; i < c.size() && out.size() < 64; i++) {
        int to = extent(c, i);
        int digits = c.digits(i, to);
        Token first = c.tokens().get(i);
        Token last = c.tokens().get(to - 1);
        if (digits >= 8 && digits <= 17 && c.uniform(i, to)) {
          out.add(judge(t, c, i, to, first.start(), last.end()));
        } else if (digits >= 6 && digits <= 7 && c.uniform(i, to) && to - i <= 2) {
          // short national accounts ("conta 12345-6", 口座番号 1234567): a label is needed
          out.add(shortAccount(t, c, i, to, first.start(), last.end()));
        }
        for (int k = i; to - i > 1 && k < to; k++) {
          // Each group alone too: "021000021 12345678" is a routing and an account number.
          Token g = c.tokens().get(k);
          if (g.allDigits() && g.length() >= 8 && g.length() <= 17) {
            out.add(judge(t, c, k, k + 1, g.start(), g.end()));
          }
        }
        i = to - 1;
      }
    }
    Iban.find(t, out);
    micrOnUs(t, out);
    for (Spaced sp : t.spaced()) {
      String v = sp.compact();
      if (v.length() >= 8 && v.length() <= 17 && allDigits(v) && out.size() < 64) {
        out.add(Candidate.of(sp.start(), sp.end(), "account_spaced", Strength.WEAK, false,
            "shape"));
      }
    }
    return out;
  }

  // "⑆021000021⑆ 483920174⑈ 1045": the digits before the on-us symbol are the account, and the
  // symbol is their label as ⑆ is the routing number's.
  private static void micrOnUs(ScanText t, List<Candidate> out) {
    for (Token k : t.tokens()) {
      if (t.at(k.end()) == '⑈' && k.allDigits() && k.length() >= 4 && k.length() <= 17
          && out.size() < 64) {
        out.add(Candidate.of(k.start(), k.end(), "account_micr", Strength.DISTINCTIVE, false,
            "micr_on_us_symbol"));
      }
    }
  }

  private static Candidate shortAccount(ScanText t, Chain c, int from, int to, int start,
      int end) {
    if (Shapes.embedded(t, start, end) || Shapes.masked(t, start, end)
        || PassportRecognizer.joined(t, new Token(start, end, c.digits(from, to)))
        || (to - from == 2 && c.tokens().get(to - 1).length() > 2)) {
      return Candidate.of(start, end, "account_short", Strength.REJECTED, false, "embedded");
    }
    return Candidate.of(start, end, "account_short", Strength.INVALID, false, "short_shape");
  }

  static boolean allDigits(String v) {
    for (int i = 0; i < v.length(); i++) {
      if (!ScanText.isDigit(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  // Groups joined by one dash or space run together as one account number.
  private static int extent(Chain c, int i) {
    int to = i + 1;
    while (to < c.size() && c.tokens().get(to).allDigits()
        && (c.separators()[to - 1] == '-' || c.separators()[to - 1] == ' ')
        && c.separators()[to - 1] == c.separators()[i] && c.digits(i, to + 1) <= 17) {
      to++;
    }
    return to;
  }

  private static Candidate judge(ScanText t, Chain c, int from, int to, int start, int end) {
    String pattern = to - from == 1 ? "account_plain" : "account_grouped";
    if (Shapes.embedded(t, start, end) || Shapes.masked(t, start, end)
        || (to - from == 1 && PassportRecognizer.joined(t, c.tokens().get(from)))) {
      return Candidate.of(start, end, pattern, Strength.REJECTED, false, "embedded");
    }
    String digits = t.compact(start, end);
    if (to - from >= 3 && c.tokens().get(from).length() == 4 && Luhn.isValid(digits)
        && CardIssuers.brand(digits).isPresent()) {
      return Candidate.of(start, end, pattern, Strength.REJECTED, false, "card_number");
    }
    if (to - from >= 3 && Shapes.dateAt(t, c, from)) {
      return Candidate.of(start, end, pattern, Strength.REJECTED, false, "date");
    }
    return Candidate.of(start, end, pattern, Strength.WEAK, false, "shape");
  }
}
