package io.veil.detector.recognize;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Email addresses: a local part, {@code @} and a domain with a top-level domain. Distinctive on
 * its own; masked local parts and role mailboxes of organisations are rejected.
 */
public final class EmailRecognizer implements Recognizer {

  private static final String LOCAL = "[\\p{L}\\p{N}][\\p{L}\\p{N}._%+'-]{0,63}";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
  private static final Pattern PLAIN = Pattern.compile(
      LOCAL + "@(" + LABEL + "(?:\\." + LABEL + "){0,8}\\.(\\p{L}{2,24}))");
  private static final Pattern OBFUSCATED = Pattern.compile("(?i)" + LOCAL
      + "\\s?[\\[\\(\\{<]\\s?(?:at|@)\\s?[\\]\\)\\}>]\\s?" + LABEL
      + "(?:\\s?(?:[\\[\\(\\{<]\\s?(?:dot|\\.)\\s?[\\]\\)\\}>]|\\.)\\s?" + LABEL + "){1,8}");

  /** Mailboxes of roles and systems, which belong to no person. */
  private static final Set<String> ROLES = Set.of("noreply", "no-reply", "no_reply",
      "donotreply", "do-not-reply", "do_not_reply", "support", "info", "postmaster", "abuse",
      "webmaster", "sales", "admin", "administrator", "hostmaster", "mailer-daemon", "root",
      "help", "helpdesk", "contact", "hello", "office", "billing", "marketing", "press",
      "newsletter", "notifications", "notification", "alerts", "security", "privacy", "jobs",
      "careers", "hr", "team", "service", "customerservice", "feedback", "enquiries",
      "inquiries", "accounts", "bounce", "bounces", "unsubscribe", "mailer", "system", "daemon");
  /** File extensions that look like top-level domains in {@code icon@2x.png}. */
  private static final Set<String> NOT_TLDS = Set.of("png", "jpg", "jpeg", "gif", "svg",
      "webp", "bmp", "ico", "js", "css", "ts", "map", "json", "xml", "html", "htm", "txt", "pdf",
      "zip", "gz", "tar", "exe", "dll", "so", "jar", "class", "py", "rb", "java", "kt", "go",
      "md", "yml", "yaml", "lock", "log", "tmp", "bak", "mp3", "mp4", "wav", "mov", "avi");

  @Override
  public Category category() {
    return Category.EMAIL;
  }

  @Override
  public List<String> contextWords() {
    return List.of("email", "e-mail", "email address", "mail", "mail address", "emailaddress",
        "correo", "correo electronico", "courriel", "adresse e-mail", "adresse mail",
        "e-mail-adresse", "emailadresse", "endereco de email", "endereco de e-mail",
        "indirizzo email", "indirizzo e-mail", "posta elettronica", "e-mailadres",
        "邮箱", "电子邮件", "郵箱", "電子郵件", "メール", "メールアドレス", "이메일", "메일",
        "электронная почта", "почта", "email", "البريد الإلكتروني", "البريد", "ईमेल",
        "thu dien tu", "e-posta", "eposta", "adres e-mail", "adres email");
  }

  @Override
  public int minDigits() {
    return 0;
  }

  @Override
  public boolean alwaysNeedsContext() {
    return false;
  }

  @Override
  public List<Candidate> candidates(ScanText t) {
    String s = t.text();
    List<Candidate> out = new ArrayList<>();
    if (s.indexOf('@') >= 0) {
      Matcher m = PLAIN.matcher(s);
      while (m.find() && out.size() < 64) {
        out.add(judge(t, m.start(), m.end(), m.group(2), "email"));
      }
    }
    if (hasBracketAt(s)) {
      Matcher m = OBFUSCATED.matcher(s);
      while (m.find() && out.size() < 64) {
        out.add(judge(t, m.start(), m.end(), "com", "email_obfuscated"));
      }
    }
    return out;
  }

  private static Candidate judge(ScanText t, int start, int end, String tld, String pattern) {
    char before = t.at(start - 1);
    if (before == '*' || before == '•' || before == '…') {
      return Candidate.of(start, end, pattern, Strength.REJECTED, false, "masked");
    }
    String text = t.text();
    int at = text.indexOf('@', start);
    String local = at > start && at < end ? text.substring(start, at) : firstWord(text, start);
    String l = local.toLowerCase(Locale.ROOT);
    int plus = l.indexOf('+');
    if (ROLES.contains(plus > 0 ? l.substring(0, plus) : l)) {
      return Candidate.of(start, end, pattern, Strength.REJECTED, false, "role_mailbox");
    }
    if (NOT_TLDS.contains(tld.toLowerCase(Locale.ROOT))) {
      return Candidate.of(start, end, pattern, Strength.REJECTED, false, "file_name");
    }
    return Candidate.of(start, end, pattern, Strength.DISTINCTIVE, true, "tld");
  }

  private static String firstWord(String s, int start) {
    int i = start;
    while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '['
        && s.charAt(i) != '(' && s.charAt(i) != '{' && s.charAt(i) != '<') {
      i++;
    }
    return s.substring(start, i);
  }

  // The obfuscated form needs an opening bracket before "at" or "@": "[at]", "(at)", "{ at }".
  private static boolean hasBracketAt(String s) {
    for (int i = 0; i + 2 < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '[' || c == '(' || c == '{' || c == '<') {
        int j = s.charAt(i + 1) == ' ' ? i + 2 : i + 1;
        if (j + 1 < s.length() && (s.charAt(j) == '@'
            || ((s.charAt(j) | 0x20) == 'a' && (s.charAt(j + 1) | 0x20) == 't'))) {
          return true;
        }
      }
    }
    return false;
  }
}
