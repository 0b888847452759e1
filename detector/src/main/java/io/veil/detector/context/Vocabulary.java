package io.veil.detector.context;

import io.veil.protocol.Category;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The context words of every category, indexed for matching. Latin phrases match whole words
 * (after camelCase, snake_case and kebab-case splitting); an entry ending in {@code *} is a stem
 * that also matches longer words (compounds, inflections); entries in scripts without word
 * boundaries match as substrings.
 */
public final class Vocabulary {

  private static final int MAX_PHRASE = 5;

  private final Map<String, List<Phrase>> byLastWord = new HashMap<>();
  private final List<Stem> stems = new ArrayList<>();
  private final List<Stem> substrings = new ArrayList<>();

  private record Phrase(String[] words, Set<Category> categories, String name) {}

  private record Stem(String text, Category category) {}

  /** A category word found in the text. */
  record Match(Set<Category> categories, String name, int firstWord, int remainderStart) {}

  /** Builds the index from each category's words. */
  public Vocabulary(Map<Category, List<String>> words) {
    Map<String, Set<Category>> phraseCats = new HashMap<>();
    for (Map.Entry<Category, List<String>> e : words.entrySet()) {
      for (String raw : e.getValue()) {
        add(raw, e.getKey(), phraseCats);
      }
    }
    for (Map.Entry<String, Set<Category>> e : phraseCats.entrySet()) {
      String[] ws = e.getKey().split(" ");
      Phrase p = new Phrase(ws, Set.copyOf(e.getValue()), e.getKey());
      byLastWord.computeIfAbsent(ws[ws.length - 1], k -> new ArrayList<>()).add(p);
    }
    for (List<Phrase> l : byLastWord.values()) {
      l.sort((a, b) -> b.words.length - a.words.length);
    }
  }

  /**
   * One anchor per context word: the longest word of a Latin phrase, a stem, or a script
   * substring, folded. Every match of the word in folded text contains its anchor.
   */
  static Map<String, Set<Category>> anchors(Map<Category, List<String>> words) {
    Map<String, Set<Category>> out = new HashMap<>();
    for (Map.Entry<Category, List<String>> e : words.entrySet()) {
      for (String raw : e.getValue()) {
        String folded = Fold.fold(raw.trim());
        if (folded.endsWith("*")) {
          folded = folded.substring(0, folded.length() - 1);
        }
        String anchor = null;
        for (Word w : Words.split(folded, 0, folded.length())) {
          String t = w.kind() == Word.Kind.SCRIPT ? w.text() : w.text();
          if (anchor == null || t.length() > anchor.length()) {
            anchor = t;
          }
        }
        if (anchor != null) {
          out.computeIfAbsent(anchor, k -> EnumSet.noneOf(Category.class)).add(e.getKey());
        }
      }
    }
    return out;
  }

  private void add(String raw, Category c, Map<String, Set<Category>> phraseCats) {
    String folded = Fold.fold(raw.trim());
    boolean stem = folded.endsWith("*");
    if (stem) {
      folded = folded.substring(0, folded.length() - 1);
    }
    boolean script = false;
    for (int i = 0; i < folded.length(); i++) {
      script |= Fold.substringScript(folded.charAt(i));
    }
    if (script) {
      substrings.add(new Stem(folded.replace(" ", ""), c));
      if (folded.indexOf(' ') < 0) {
        return;
      }
      // Spaced scripts (Cyrillic, Devanagari, Arabic, Hangul) also match word by word.
    }
    List<Word> ws = Words.split(folded, 0, folded.length());
    if (ws.isEmpty()) {
      return;
    }
    if (stem && ws.size() == 1) {
      stems.add(new Stem(ws.get(0).text(), c));
      return;
    }
    StringBuilder key = new StringBuilder();
    for (Word w : ws) {
      key.append(key.length() == 0 ? "" : " ").append(w.text());
    }
    phraseCats.computeIfAbsent(key.toString(), k -> EnumSet.noneOf(Category.class)).add(c);
  }

  /**
   * The longest category phrase whose last word is {@code words[i]}, or null. For a script word,
   * the occurrence nearest its end; {@code remainderStart} is where the text after it begins.
   */
  Match endingAt(List<Word> words, int i) {
    Word w = words.get(i);
    if (w.kind() != Word.Kind.LATIN && w.kind() != Word.Kind.SCRIPT) {
      return null;
    }
    List<Phrase> ps = byLastWord.get(w.text());
    if (ps != null) {
      for (Phrase p : ps) {
        if (p.words.length <= i + 1 && p.words.length <= MAX_PHRASE && matches(words, i, p)) {
          return new Match(p.categories, p.name, i - p.words.length + 1, w.end());
        }
      }
    }
    if (w.kind() == Word.Kind.SCRIPT) {
      return scriptMatch(w, i);
    }
    EnumSet<Category> cats = null;
    String name = null;
    for (Stem s : stems) {
      if (w.text().startsWith(s.text)) {
        if (cats == null) {
          cats = EnumSet.noneOf(Category.class);
          name = s.text;
        }
        cats.add(s.category);
      }
    }
    return cats == null ? null : new Match(cats, name, i, w.end());
  }

  private static boolean matches(List<Word> words, int i, Phrase p) {
    for (int k = 0; k < p.words.length; k++) {
      Word x = words.get(i - k);
      if (x.kind() == Word.Kind.NUMBER || !x.text().equals(p.words[p.words.length - 1 - k])) {
        return false;
      }
    }
    return true;
  }

  private Match scriptMatch(Word w, int i) {
    String t = w.text();
    int bestEnd = -1;
    EnumSet<Category> cats = EnumSet.noneOf(Category.class);
    String name = null;
    for (Stem s : substrings) {
      int at = t.lastIndexOf(s.text);
      if (at < 0) {
        continue;
      }
      int end = at + s.text.length();
      if (end > bestEnd) {
        bestEnd = end;
        cats.clear();
        name = s.text;
      }
      if (end == bestEnd) {
        cats.add(s.category);
      }
    }
    return bestEnd < 0 ? null : new Match(cats, name, i, w.start() + bestEnd);
  }
}
