package io.veil.detector.recognize;

import com.google.re2j.Pattern;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * U.S. driver's license numbers, always with context. {@code dl_state} matches one of the formats
 * of the 50 states and DC (NTSI table in {@code shared/reference/us-identifiers.md}), plain or in
 * dash/space groups; {@code dl_shape} is any other short code of letters and digits, which needs
 * a label.
 */
public final class DriversLicenseRecognizer implements Recognizer {

  /** The union of the state formats, over the value's letters and digits without separators. */
  private static final Pattern STATES = Pattern.compile(String.join("|",
      "[0-9]{5,14}", "[0-9]{16}", // AL AK AR CO CT DE DC GA ... (digit-only states)
      "[A-Z][0-9]{3,14}", "[A-Z][0-9]{18}", // CA FL IL MD MI MN NJ WI CO OH MO NE VA KY NY ...
      "[A-Z]{2}[0-9]{2,7}", // CO, OH, WV
      "[A-Z]{2}[0-9]{6}[A-Z]", // ID
      "[0-9]{3}[A-Z]{2}[0-9]{4}", // IA
      "[A-Z][0-9][A-Z][0-9][A-Z]", // KS
      "[0-9]{7}[A-Z]", // ME, VT
      "[A-Z][0-9]{6}R", "[0-9]{8}[A-Z]{2}", "[0-9]{9}[A-Z]", // MO
      "[0-9]{2}[A-Z]{3}[0-9]{5}", // NH
      "[A-Z]{3}[0-9]{6}", // ND
      "[A-Z]{1,7}[A-Z0-9]{5,11}")); // WA, 12 characters, checked below
  private static final Pattern WA = Pattern.compile("[A-Z]{1,7}[A-Z0-9]{5,11}");
  private static final Pattern NOT_WA = Pattern.compile(String.join("|", "[0-9]{5,14}",
      "[0-9]{16}", "[A-Z][0-9]{3,14}", "[A-Z][0-9]{18}", "[A-Z]{2}[0-9]{2,7}",
      "[A-Z]{2}[0-9]{6}[A-Z]", "[A-Z][0-9]{6}R", "[A-Z]{3}[0-9]{6}", "[A-Z][0-9][A-Z][0-9][A-Z]",
      "[0-9]{3}[A-Z]{2}[0-9]{4}", "[0-9]{7}[A-Z]", "[0-9]{8}[A-Z]{2}", "[0-9]{9}[A-Z]",
      "[0-9]{2}[A-Z]{3}[0-9]{5}"));
  private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{5,20}");

  @Override
  public Category category() {
    return Category.DRIVERS_LICENSE;
  }

  @Override
  public List<String> contextWords() {
    return List.of("driver license", "driver s license", "drivers license", "driver licence",
        "driver s licence", "drivers licence", "driving license", "driving licence",
        "driverlicense", "driverslicense", "driverlicence", "dl", "dln", "dl number", "dl no",
        "dl num", "dl#", "dlnumber", "dlno", "license number", "licence number", "license no",
        "licence no", "license", "licence", "lic", "lic no", "lic num", "driver", "drivers",
        "operator license", "licencia de conducir", "licencia de manejo", "licencia",
        "permiso de conducir", "carnet de conducir", "permis de conduire", "permis",
        "fuhrerschein*", "fuehrerschein*", "fahrerlaubnis", "carteira de motorista",
        "carteira de habilitacao", "habilitacao", "cnh", "patente di guida", "patente",
        "rijbewijs*", "驾照", "驾驶证", "駕照", "驾驶执照", "駕駛執照", "運転免許", "免許証",
        "免許", "운전면허", "면허", "водительск", "удостоверени", "رخصة القيادة", "رخصة قيادة",
        "رخصة السياقة", "رخصة", "ड्राइविंग लाइसेंस", "लाइसेंस", "bang lai", "bang lai xe",
        "giay phep lai xe", "ehliyet*", "surucu belgesi", "prawo jazdy", "prawa jazdy");
  }

  @Override
  public int minDigits() {
    return 1;
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
        add(t, c, i, i + 1, out);
        int to = i + 1;
        while (to < c.size() && (c.separators()[to - 1] == '-' || c.separators()[to - 1] == ' ')
            && c.separators()[to - 1] == c.separators()[i] && to - i < 6) {
          to++;
        }
        if (to - i >= 2 && !Shapes.dateAt(t, c, i)) {
          add(t, c, i, to, out);
          i = to - 1;
        }
      }
    }
    for (Spaced sp : t.spaced()) {
      String v = sp.compact();
      if (v.length() >= 5 && v.length() <= 20 && STATES.matches(v) && out.size() < 64) {
        out.add(Candidate.of(sp.start(), sp.end(), "dl_spaced", Strength.WEAK, true,
            "state_format"));
      }
    }
    return out;
  }

  private static void add(ScanText t, Chain c, int from, int to, List<Candidate> out) {
    int start = c.tokens().get(from).start();
    int end = c.tokens().get(to - 1).end();
    String v = t.compact(start, end);
    if (v.length() < 4 || v.length() > 20) {
      return;
    }
    boolean grouped = to - from > 1;
    String pattern = grouped ? "dl_state_grouped" : "dl_state";
    if (Shapes.masked(t, start, end) || Shapes.embedded(t, start, end)
        || (!grouped && PassportRecognizer.joined(t, c.tokens().get(from)))) {
      out.add(Candidate.of(start, end, pattern, Strength.REJECTED, false, "embedded"));
    } else if (STATES.matches(v) && (!WA.matches(v) || v.length() == 12 || otherState(v))) {
      out.add(Candidate.of(start, end, pattern, Strength.WEAK, true, "state_format"));
    } else if (SHAPE.matches(v) && digits(v) >= 3) {
      out.add(Candidate.of(start, end, "dl_shape", Strength.INVALID, false, "shape"));
    }
  }

  private static boolean otherState(String v) {
    return NOT_WA.matches(v);
  }

  private static int digits(String v) {
    int n = 0;
    for (int i = 0; i < v.length(); i++) {
      n += Character.isDigit(v.charAt(i)) ? 1 : 0;
    }
    return n;
  }
}
