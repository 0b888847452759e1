package io.veil.detector.recognize;

import io.veil.detector.validate.Itin;
import io.veil.detector.validate.Ssn;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;

/**
 * Social Security numbers. {@code ssn_grouped} ({@code ddd-dd-dddd}) in the issued ranges is
 * distinctive; {@code ssn_plain} (9 bare digits) needs context; a 9xx value in the ITIN groups is an
 * ITIN, not an SSN.
 */
public final class SsnRecognizer implements Recognizer {

  @Override
  public Category category() {
    return Category.SSN;
  }

  @Override
  public List<String> contextWords() {
    return List.of("ssn", "ssns", "ss#", "ss no", "ss num", "ss number", "social security",
        "social security number", "social sec", "soc sec", "socsec", "socialsecurity*",
        "social security no", "seguro social", "numero de seguro social", "seguridad social",
        "securite sociale", "numero de securite sociale", "sozialversicherung*",
        "sozialversicherungsnummer", "seguranca social", "previdencia social",
        "previdenza sociale", "sicurezza sociale", "sociale zekerheid", "sofinummer",
        "社会安全号码", "社会安全", "社會安全", "社会保障号", "社会保险号", "社保号",
        "社会保障番号", "ソーシャルセキュリティ", "사회보장번호", "사회 보장 번호", "사회보장",
        "социального страхования", "социальной безопасности", "социального обеспечения",
        "الضمان الاجتماعي", "الضمان", "सामाजिक सुरक्षा", "an sinh xa hoi", "sosyal guvenlik",
        "ubezpieczenia spolecznego", "zabezpieczenia spolecznego");
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
      if (f.shape().equals("regrouped") && !Ssn.isValid(f.digits())) {
        continue; // an unusual grouping is taken only when the ranges hold
      }
      String pattern = "ssn_" + f.shape();
      if (Itin.isValid(f.digits())) {
        out.add(Candidate.of(f.start(), f.end(), pattern, Strength.REJECTED, false, "itin"));
      } else if (Ssn.isValid(f.digits())) {
        Strength s = f.shape().equals("grouped") ? Strength.DISTINCTIVE : Strength.WEAK;
        out.add(Candidate.of(f.start(), f.end(), pattern, s, true, "ssn_ranges"));
      } else {
        out.add(Candidate.of(f.start(), f.end(), pattern, Strength.INVALID, false,
            "ssn_ranges_failed"));
      }
    }
    return out;
  }
}
