package io.veil.detector.recognize;

import io.veil.detector.validate.Itin;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * Individual Taxpayer Identification Numbers: {@code itin_grouped} ({@code 9dd-dd-dddd}) with a
 * group in the ITIN ranges is distinctive; {@code itin_plain} needs context; a value not starting
 * with 9 is not an ITIN at all.
 */
public final class ItinRecognizer implements Recognizer {

  @Override
  public Category category() {
    return Category.ITIN;
  }

  @Override
  public List<String> contextWords() {
    return List.of("itin", "itins", "individual taxpayer identification number",
        "individual taxpayer identification", "taxpayer identification number",
        "taxpayer identification", "taxpayer id", "taxpayer", "tax id", "tax identification",
        "tax identification number", "tin", "tax number", "taxid",
        "numero de identificacion personal del contribuyente", "identificacion del contribuyente",
        "contribuyente", "identificacion fiscal", "numero de identificacion fiscal",
        "identification fiscale", "numero d identification fiscale", "contribuable",
        "steuernummer", "steuer id", "steueridentifikationsnummer", "steuer*", "contribuinte",
        "identificacao fiscal", "numero fiscal", "codice fiscale", "contribuente",
        "identificazione fiscale", "fiscaal nummer", "belastingnummer", "fiscaal",
        "纳税人识别号", "纳税人", "納稅人", "税号", "稅號", "納税者番号", "納税者", "납세자",
        "налогоплательщика", "инн", "налогов", "التعريف الضريبي", "دافع الضرائب", "الضريبي",
        "करदाता", "ma so thue", "nguoi nop thue", "vergi kimlik", "vergi numarasi", "vergi no",
        "vergi", "identyfikacji podatkowej", "numer podatnika", "podatnik*", "podatkow*");
  }

  @Override
  public int minDigits() {
    return 9;
  }

  @Override
  public boolean alwaysNeedsContext() {
    return false;
  }

  @Override
  public List<Candidate> candidates(ScanText t) {
    List<Candidate> out = new ArrayList<>();
    for (NineDigits.Form f : NineDigits.find(t)) {
      if (f.shape().equals("regrouped") && !Itin.isValid(f.digits())) {
        continue; // an unusual grouping is taken only when the groups hold
      }
      if (f.digits().charAt(0) != '9') {
        continue;
      }
      String pattern = "itin_" + f.shape();
      if (Itin.isValid(f.digits())) {
        Strength s = f.shape().equals("grouped") ? Strength.DISTINCTIVE : Strength.WEAK;
        out.add(Candidate.of(f.start(), f.end(), pattern, s, true, "itin_groups"));
      } else {
        out.add(Candidate.of(f.start(), f.end(), pattern, Strength.INVALID, false,
            "itin_groups_failed"));
      }
    }
    return out;
  }
}
