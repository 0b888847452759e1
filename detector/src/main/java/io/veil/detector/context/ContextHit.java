package io.veil.detector.context;

/**
 * What context says about one value.
 *
 * @param level how strongly the text names the category
 * @param word the context word (from the vocabulary, never from the value), or null
 */
public record ContextHit(ContextLevel level, String word) {

  /** No context at all. */
  public static final ContextHit NONE = new ContextHit(ContextLevel.NONE, null);

  /** Whether the content names the asked category for this value. */
  public boolean names() {
    return level == ContextLevel.LABEL || level == ContextLevel.KEY || level == ContextLevel.NEAR;
  }

  /** Whether the hit blocks even a distinctive value: a label such as "order #" or "tracking". */
  public boolean blocksDistinctive() {
    return level == ContextLevel.BLOCKED && word != null
        && Lexicon.STRONG_BLOCKERS.contains(word);
  }

  /** The evidence name for a finding, e.g. {@code context:passport}. */
  public String evidence() {
    return switch (level) {
      case LABEL, NEAR -> "context:" + word;
      case KEY -> "key:" + word;
      case BLOCKED -> "blocked:" + word;
      case OTHER -> "other:" + word;
      case NONE -> "context:none";
    };
  }
}
