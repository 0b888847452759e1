package io.veil.detector.recognize;

import io.veil.detector.validate.AbaRouting;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * ABA routing transit numbers, always with context: {@code aba} (9 digits with a district prefix
 * and a valid 3-7-1 check digit; {@code aba_grouped} when written in dashed, dotted or spaced
 * groups) or {@code aba_shape} (9 digits that fail it, needing a label).
 * The MICR transit symbol {@code ⑆} around the digits counts as a label.
 */
public final class RoutingNumberRecognizer implements Recognizer {

  @Override
  public Category category() {
    return Category.ROUTING_NUMBER;
  }

  @Override
  public List<String> contextWords() {
    return List.of("routing", "routing number", "routing no", "routing num", "routing#",
        "routingnumber", "rtn", "aba", "aba number", "aba routing", "aba no", "rt no",
        "routing transit number", "transit number", "routing transit", "bank routing",
        "ach routing", "wire routing", "numero de ruta", "ruta bancaria",
        "enrutamiento", "numero de enrutamiento", "acheminement", "numero d acheminement",
        "routage", "numero de routage", "bankleitzahl", "blz", "routing nummer",
        "routingnummer", "roteamento", "numero de roteamento", "codigo aba", "instradamento",
        "numero di instradamento", "codice aba", "routeringsnummer", "routering*", "路由号码",
        "路由号", "路由號碼", "汇款路线", "ABA号码", "ルーティング番号", "ルーティング",
        "라우팅 번호", "라우팅번호", "라우팅", "маршрутный номер", "маршрутн", "رقم التوجيه",
        "التوجيه", "रूटिंग", "so dinh tuyen", "dinh tuyen", "yonlendirme*", "numer rozliczeniowy",
        "rozliczeniowy", "numer routingu", "routingu");
  }

  @Override
  public int minDigits() {
    return 9;
  }

  @Override
  public boolean alwaysNeedsContext() {
    return true;
  }

  @Override
  public List<Candidate> candidates(ScanText t) {
    List<Candidate> out = new ArrayList<>();
    for (Token k : t.tokens()) {
      if (k.length() != 9 || !k.allDigits() || out.size() >= 64) {
        continue;
      }
      String v = t.compact(k.start(), k.end());
      boolean micr = t.at(k.start() - 1) == '⑆' || t.at(k.end()) == '⑆';
      if (!micr && (Shapes.embedded(t, k.start(), k.end()) || PassportRecognizer.joined(t, k))) {
        out.add(Candidate.of(k.start(), k.end(), "aba", Strength.REJECTED, false, "embedded"));
      } else if (micr) {
        // The transit symbol is the label: a check's MICR line names the routing number.
        boolean valid = AbaRouting.isValid(v);
        out.add(Candidate.of(k.start(), k.end(), "aba_micr",
            valid ? Strength.DISTINCTIVE : Strength.WEAK, valid, "micr_symbol"));
      } else if (AbaRouting.isValid(v)) {
        out.add(Candidate.of(k.start(), k.end(), "aba", Strength.WEAK, true, "aba_checksum"));
      } else {
        out.add(Candidate.of(k.start(), k.end(), "aba_shape",
            Strength.INVALID, false, "aba_checksum_failed"));
      }
    }
    grouped(t, out);
    for (Spaced sp : t.spaced()) {
      String v = sp.compact();
      if (v.length() == 9 && BankAccountRecognizer.allDigits(v) && out.size() < 64) {
        boolean valid = AbaRouting.isValid(v);
        out.add(Candidate.of(sp.start(), sp.end(), valid ? "aba_spaced" : "aba_shape_spaced",
            valid ? Strength.WEAK : Strength.INVALID, valid,
            valid ? "aba_checksum" : "aba_checksum_failed"));
      }
    }
    return out;
  }

  // "0910-0001-9", "061.000.104", "061 000 104": separators between groups are read through
  // (policy: obfuscation); only a valid checksum is taken, so a grouped order id stays out.
  private static void grouped(ScanText t, List<Candidate> out) {
    for (Chain c : t.chains()) {
      int n = c.size();
      if (n < 2 || n > 4 || c.plus() || !c.uniform(0, n) || c.digits(0, n) != 9
          || out.size() >= 64) {
        continue;
      }
      char sep = c.separator(0, n);
      if (sep != '-' && sep != '.' && sep != ' ') {
        continue;
      }
      int start = c.tokens().get(0).start();
      int end = c.tokens().get(n - 1).end();
      String v = t.compact(start, end);
      if (AbaRouting.isValid(v) && !Shapes.embedded(t, start, end)) {
        out.add(Candidate.of(start, end, "aba_grouped", Strength.WEAK, true, "aba_checksum"));
      }
    }
  }
}
