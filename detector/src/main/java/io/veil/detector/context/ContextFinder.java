package io.veil.detector.context;

import io.veil.protocol.Category;
import java.util.List;

/**
 * The one place that reads context: the field key or JSON path given with the content, and the
 * labels, keys and URL parameter names before or after a value in the text, in any of the
 * supported languages.
 */
public final class ContextFinder {

  /** How far back a label may be, in characters; enough for a JSON key with a nested object. */
  private static final int WINDOW_BEFORE = 160;
  private static final int WINDOW_AFTER = 48;
  /** Words that are neither fillers nor labels after which a label no longer names the value. */
  private static final int MAX_OTHER_WORDS = 4;

  private final Vocabulary vocabulary;

  /** A finder over the given vocabulary. */
  public ContextFinder(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
  }

  /** What a field key or JSON path such as {@code $.user.passport_no} names; null if nothing. */
  public KeyContext key(String path) {
    if (path == null || path.isEmpty()) {
      return KeyContext.EMPTY;
    }
    String p = path.length() > 512 ? path.substring(path.length() - 512) : path;
    List<Word> words = Words.split(p, 0, p.length());
    for (int i = words.size() - 1; i >= 0; i--) {
      Vocabulary.Match m = vocabulary.endingAt(words, i);
      if (m != null) {
        return new KeyContext(m.categories(), m.name());
      }
      Word w = words.get(i);
      if (w.kind() == Word.Kind.LATIN && Lexicon.BLOCKERS.contains(w.text())
          && !Lexicon.FILLERS.contains(w.text())) {
        return KeyContext.EMPTY;
      }
    }
    return KeyContext.EMPTY;
  }

  /** What the text around {@code text[start, end)} and the field key say about {@code category}. */
  public ContextHit around(String text, int start, int end, Category category, KeyContext key) {
    String header = CsvHeader.cellAbove(text, start);
    if (header != null) {
      KeyContext column = key(header);
      if (!column.categories().isEmpty()) {
        return new ContextHit(column.categories().contains(category) ? ContextLevel.LABEL
            : ContextLevel.OTHER, column.word());
      }
    }
    ContextHit sibling = SiblingType.label(vocabulary, text, start, category);
    if (sibling != null) {
      return sibling;
    }
    ContextHit before = before(text, start, category);
    if (before.level() == ContextLevel.BLOCKED && category == Category.EMAIL) {
      // blockers name kinds of numbers (invoice, order, tracking); an address is never one of
      // them, so "Rechnung an k.schneider@web.de" is still a person's address
      before = ContextHit.NONE;
    }
    if (before.level() != ContextLevel.NONE) {
      return before;
    }
    if (key.categories().contains(category)) {
      return new ContextHit(ContextLevel.KEY, key.word());
    }
    if (!key.categories().isEmpty()) {
      return new ContextHit(ContextLevel.OTHER, key.word());
    }
    return after(text, end, category);
  }

  private ContextHit before(String text, int start, Category category) {
    List<Word> words = Words.split(text, start - WINDOW_BEFORE, start);
    boolean tight = true;
    int others = 0;
    int gapEnd = start;
    for (int i = words.size() - 1; i >= 0; i--) {
      Word w = words.get(i);
      if (hardBoundary(text, w, gapEnd, vocabulary.endingAt(words, i) != null)) {
        break;
      }
      if (i > 0 && negativePair(words.get(i - 1), w)) {
        return new ContextHit(ContextLevel.BLOCKED, w.text());
      }
      Vocabulary.Match m = vocabulary.endingAt(words, i);
      if (m != null && m.firstWord() > 0
          && negativePair(words.get(m.firstWord() - 1), words.get(m.firstWord()))) {
        return new ContextHit(ContextLevel.BLOCKED, words.get(m.firstWord()).text());
      }
      if (m != null) {
        boolean tightHere = tight && remainderIsFiller(text, m.remainderStart(), w.end());
        if (!tightHere && scriptBlocked(text, m.remainderStart(), w.end())) {
          return new ContextHit(ContextLevel.BLOCKED, "script");
        }
        if (m.categories().contains(category)) {
          return new ContextHit(tightHere ? ContextLevel.LABEL : ContextLevel.NEAR, m.name());
        }
        return new ContextHit(ContextLevel.OTHER, m.name());
      }
      if (w.kind() == Word.Kind.SCRIPT) {
        if (scriptBlocked(text, w.start(), w.end())) {
          return new ContextHit(ContextLevel.BLOCKED, "script");
        }
        if (!remainderIsFiller(text, w.start(), w.end())) {
          tight = false;
          others++;
        }
      } else if (w.kind() == Word.Kind.LATIN && Lexicon.FILLERS.contains(w.text())) {
        // a filler keeps the label tight
      } else if (w.kind() == Word.Kind.LATIN && Lexicon.BLOCKERS.contains(w.text())) {
        return tight ? new ContextHit(ContextLevel.BLOCKED, w.text()) : ContextHit.NONE;
      } else if (w.kind() == Word.Kind.NUMBER) {
        if (indexSuffix(text, w)) {
          gapEnd = w.start();
          continue; // passport_no_2=, ssn[0]:, phone1= : the key's index, not another number
        }
        if (!listSeparator(text, w.end(), gapEnd)) {
          break; // a label further back names that other number, not this value
        }
        // a sibling in a list ["123456789", "987654321"] shares the list's label
      } else if (w.kind() != Word.Kind.HASH) {
        tight = false;
        others++;
      }
      if (others > MAX_OTHER_WORDS) {
        break;
      }
      gapEnd = w.start();
    }
    return ContextHit.NONE;
  }

  /**
   * A short number glued to the word before it ({@code no_2}, {@code ssn[0]}, {@code phone1},
   * {@code dl-2}) numbers a repeated key; it is part of the label, not a value of its own.
   */
  private static boolean indexSuffix(String text, Word w) {
    if (w.end() - w.start() > 2 || w.start() < 2) {
      return false;
    }
    int k = w.start() - 1;
    char c = text.charAt(k);
    if (c == '_' || c == '-' || c == '[') {
      k--;
    }
    return k >= 0 && Character.isLetter(text.charAt(k));
  }

  // "X12345678 (passport number)", "536221234 is my SSN": a label right after the value.
  private ContextHit after(String text, int end, Category category) {
    List<Word> words = Words.split(text, end, end + WINDOW_AFTER);
    int gapStart = end;
    int others = 0;
    for (int i = 0; i < words.size() && i < 7; i++) {
      Word w = words.get(i);
      if (containsHard(text, gapStart, w.start()) || w.kind() == Word.Kind.NUMBER) {
        break;
      }
      Vocabulary.Match m = vocabulary.endingAt(words, i);
      if (m != null) {
        return m.categories().contains(category)
            ? new ContextHit(ContextLevel.NEAR, m.name()) : ContextHit.NONE;
      }
      boolean filler = w.kind() == Word.Kind.LATIN && Lexicon.FILLERS.contains(w.text());
      if (!filler && ++others > 3) {
        break;
      }
      gapStart = w.end();
    }
    return ContextHit.NONE;
  }

  // A sentence end, a new line or a new URL parameter between a word and the value separates
  // them, except after an abbreviation ("No.", "Tel.") or a label ending a line ("Passport:\n").
  private boolean hardBoundary(String text, Word w, int gapEnd, boolean label) {
    boolean colon = false;
    for (int k = w.end(); k < gapEnd; k++) {
      char c = text.charAt(k);
      switch (c) {
        case ':' -> colon = true;
        case '\n', '\r' -> {
          if (!colon && !label) {
            return true;
          }
        }
        case '!', '?', ';', '&', '}', '。', '！', '？', '；', '؟', '।', '¿', '¡', '｡' -> {
          return true;
        }
        case '.' -> {
          boolean spaceAfter = k + 1 < gapEnd && Character.isWhitespace(text.charAt(k + 1));
          boolean abbreviation = w.kind() == Word.Kind.LATIN && (w.text().length() <= 4
              || Lexicon.FILLERS.contains(w.text()));
          if (spaceAfter && !abbreviation) {
            return true;
          }
        }
        default -> { }
      }
    }
    return false;
  }

  private static boolean containsHard(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' || c == ';' || c == '&' || c == '。' || c == '؟' || c == '।'
          || c == '?' || c == '!' || c == '？' || c == '！') {
        return true;
      }
    }
    return false;
  }

  private static boolean listSeparator(String text, int from, int to) {
    boolean comma = false;
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ',') {
        comma = true;
      } else if (c != '"' && c != '\'' && c != ' ') {
        return false;
      }
    }
    return comma;
  }

  private static boolean negativePair(Word a, Word b) {
    return a.kind() == Word.Kind.LATIN && b.kind() == Word.Kind.LATIN
        && Lexicon.NEGATIVE_PAIRS.contains(a.text() + " " + b.text());
  }

  private static boolean remainderIsFiller(String text, int from, int to) {
    int i = from;
    while (i < to) {
      boolean advanced = false;
      for (String f : Lexicon.SCRIPT_FILLERS) {
        if (text.startsWith(f, i)) {
          i += f.length();
          advanced = true;
          break;
        }
      }
      if (!advanced) {
        return false;
      }
    }
    return true;
  }

  private static boolean scriptBlocked(String text, int from, int to) {
    if (to <= from) {
      return false;
    }
    String s = text.substring(from, to).toLowerCase(java.util.Locale.ROOT);
    for (String b : Lexicon.SCRIPT_BLOCKERS) {
      if (s.contains(b)) {
        return true;
      }
    }
    return false;
  }
}
