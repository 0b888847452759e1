package io.veil.detector.recognize;

import io.veil.detector.validate.CardIssuers;
import io.veil.detector.validate.Luhn;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Payment card numbers: 13–19 digits, plain or in the groups cards are printed in. A known issuer
 * prefix with a valid Luhn digit is distinctive ({@code card_plain}, {@code card_grouped}); any
 * other card-shaped number needs a label ({@code card_shape}).
 */
public final class CreditCardRecognizer implements Recognizer {

  @Override
  public Category category() {
    return Category.CREDIT_CARD;
  }

  @Override
  public List<String> contextWords() {
    return List.of("credit card", "card number", "card no", "card num", "card", "cards",
        "cc", "ccn", "cc number", "cc no", "cc num", "creditcard*", "debit card", "debitcard",
        "pan", "visa", "mastercard", "master card", "amex", "american express", "discover card",
        "payment card", "cardnumber", "cardnum", "card nr", "kk", "tarjeta*", "numero de tarjeta",
        "carte", "carte bancaire", "carte de credit", "numero de carte", "cb", "kreditkart*",
        "kartennummer", "karte", "karten", "cartao", "cartao de credito", "carta", "carta di credito",
        "kaart", "kaartnummer", "creditcardnummer", "信用卡", "卡号", "卡號", "银行卡", "銀行卡",
        "クレジットカード", "カード番号", "カード", "신용카드", "카드번호", "카드 번호", "카드",
        "кредитн", "номер карты", "карты", "карта", "картой", "بطاقة", "بطاقة الائتمان",
        "رقم البطاقة", "क्रेडिट कार्ड", "कार्ड", "the tin dung", "so the", "kredi karti",
        "kart numarasi", "kart", "karti", "karta kredytowa", "numer karty", "karty", "karta");
  }

  @Override
  public int minDigits() {
    return 12;
  }

  @Override
  public boolean alwaysNeedsContext() {
    return false;
  }

  @Override
  public List<Candidate> candidates(ScanText t) {
    List<Candidate> out = new ArrayList<>();
    for (Chain c : t.chains()) {
      if (c.digits(0, c.size()) < 12) {
        continue;
      }
      Candidate fallback = null;
      for (int from = 0; from < c.size() && out.size() < 64; from++) {
        if (from > 0 && c.separators()[from - 1] != 'm' && from < c.size() - 1
            && c.separators()[from - 1] == c.separators()[from]) {
          continue; // a card starts where the grouping starts, not inside a run of groups
        }
        Candidate k = longestAt(t, c, from);
        if (k != null && k.strength() == Strength.DISTINCTIVE) {
          fallback = k;
          break;
        }
        if (k != null && fallback == null) {
          fallback = k;
        }
      }
      if (fallback != null) {
        out.add(fallback);
      }
    }
    for (Spaced sp : t.spaced()) {
      String v = sp.compact();
      if (v.length() < 12 || v.length() > 19 || !BankAccountRecognizer.allDigits(v)
          || out.size() >= 64) {
        continue;
      }
      Optional<String> brand = CardIssuers.brand(v);
      if (brand.isPresent() && Luhn.isValid(v) && v.length() >= 13) {
        out.add(Candidate.of(sp.start(), sp.end(), "card_spaced", Strength.DISTINCTIVE, true,
            "luhn", "issuer:" + brand.get()));
      } else {
        out.add(Candidate.of(sp.start(), sp.end(), "card_shape_spaced", Strength.INVALID, false,
            "luhn_failed"));
      }
    }
    return out;
  }

  private static Candidate longestAt(ScanText t, Chain c, int from) {
    Candidate found = null;
    int digits = 0;
    for (int to = from + 1; to <= c.size(); to++) {
      digits += c.tokens().get(to - 1).digits();
      if (digits > 19 || !c.uniform(from, to)) {
        break;
      }
      if (digits >= 12 && cardGrouping(c, from, to)) {
        Candidate k = judge(t, c, from, to);
        if (k != null && (found == null || k.strength() == Strength.DISTINCTIVE
            || found.strength() != Strength.DISTINCTIVE)) {
          found = k;
        }
      }
    }
    return found;
  }

  private static Candidate judge(ScanText t, Chain c, int from, int to) {
    int start = c.tokens().get(from).start();
    int end = c.tokens().get(to - 1).end();
    if (to - from == 1 && Shapes.embedded(t, start, end)) {
      return null;
    }
    String digits = t.compact(start, end);
    String pattern = to - from == 1 ? "card_plain" : "card_grouped";
    Optional<String> brand = CardIssuers.brand(digits);
    boolean luhn = Luhn.isValid(digits);
    if (brand.isPresent() && luhn && digits.length() >= 13) {
      return Candidate.of(start, end, pattern, Strength.DISTINCTIVE, true, "luhn",
          "issuer:" + brand.get());
    }
    if (digits.length() >= 12) {
      // 12-digit Maestro numbers exist; with a card label the shape is plausible (rule 3).
      return Candidate.of(start, end, "card_shape", Strength.INVALID, false,
          luhn ? "luhn" : "luhn_failed");
    }
    return null;
  }

  // Cards are printed plain, in fours (4-4-4-4, 4-4-4-4-3), as Amex/Diners 4-6-5 or 4-6-4, or
  // digit by digit when someone spaces them out to hide them.
  private static boolean cardGrouping(Chain c, int from, int to) {
    int n = to - from;
    if (n == 1) {
      return true;
    }
    char sep = c.separator(from, to);
    if (sep != ' ' && sep != '-' && sep != '.') {
      return false;
    }
    boolean fours = true;
    boolean singles = true;
    for (int i = from; i < to; i++) {
      int len = c.tokens().get(i).length();
      fours &= i == to - 1 ? len >= 1 && len <= 4 : len == 4;
      singles &= len <= 2;
    }
    if (fours && n >= 3 || singles) {
      return true;
    }
    return n == 3 && c.tokens().get(from).length() == 4 && c.tokens().get(from + 1).length() == 6
        && c.tokens().get(from + 2).length() >= 4 && c.tokens().get(from + 2).length() <= 5;
  }
}
