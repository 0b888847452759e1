package io.veil.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The one prompt template of Veil's LLM tier, stored once in {@code prompt-template.txt} and used
 * both by the training exporter (fine-tuning data) and by the gpu-worker's prompt builder
 * (serving), so the model sees at serving time exactly the bytes it was trained on.
 *
 * <p>The answer puts {@code is_sensitive} first, so the serving side reads the probability of
 * {@code " true"} against {@code " false"} right after {@link #ANSWER_PREFIX} from one forward
 * pass.
 */
public final class PromptTemplate {

  /** What the assistant's answer starts with; the next token is {@code " true"} or {@code " false"}. */
  public static final String ANSWER_PREFIX = "{\"is_sensitive\":";

  private static final String RESOURCE = "prompt-template.txt";
  private static final PromptTemplate DEFAULT = load();

  private final String raw;
  private final String system;
  private final String user;

  private PromptTemplate(String raw) {
    this.raw = raw;
    this.system = section(raw, "### system\n", "### user\n");
    this.user = section(raw, "### user\n", "### assistant\n");
    String assistant = raw.substring(raw.indexOf("### assistant\n") + "### assistant\n".length());
    if (!assistant.strip().equals(ANSWER_PREFIX)) {
      throw new IllegalStateException("prompt template's assistant section must be the answer prefix");
    }
  }

  /** The template shipped with Veil. */
  public static PromptTemplate standard() {
    return DEFAULT;
  }

  /** The template file's exact bytes, for tests that prove exporter and worker share them. */
  public String raw() {
    return raw;
  }

  /** The system message. */
  public String system() {
    return system;
  }

  /** The user message for one (content, category) pair. */
  public String user(String content, String categoryName, String categoryDescription) {
    // Replace the content last so that braces in content are never read as placeholders.
    return user.replace("{{category_name}}", categoryName)
        .replace("{{category_desc}}", categoryDescription)
        .replace("{{content}}", neutralize(content));
  }

  /**
   * Breaks ChatML control markers ({@code <|im_end|>}, {@code <|im_start|>}) inside content, so
   * that content can never close the user turn and speak as the assistant: the model servers
   * parse special tokens in the prompt text.
   */
  static String neutralize(String content) {
    return content.indexOf("<|") < 0 ? content : content.replace("<|", "< |");
  }

  /** The user message for a catalog category. */
  public String user(String content, Category category) {
    return user(content, category.wireName(), category.description());
  }

  /** The assistant's full answer, as the model is trained to write it. */
  public static String answer(boolean sensitive, double confidence) {
    return String.format(Locale.ROOT, "%s %s, \"confidence_score\": %.2f}", ANSWER_PREFIX,
        sensitive, confidence);
  }

  /**
   * The complete Qwen ChatML text sent to a completion endpoint: system and user turns, then the
   * assistant turn opened with {@link #ANSWER_PREFIX}, so the next token is the decision.
   */
  public String chatml(String content, String categoryName, String categoryDescription) {
    return "<|im_start|>system\n" + system + "<|im_end|>\n"
        + "<|im_start|>user\n" + user(content, categoryName, categoryDescription) + "<|im_end|>\n"
        + "<|im_start|>assistant\n" + ANSWER_PREFIX;
  }

  private static String section(String raw, String from, String to) {
    int a = raw.indexOf(from);
    int b = raw.indexOf(to);
    if (a < 0 || b < a) {
      throw new IllegalStateException("prompt template is missing section " + from.strip());
    }
    return raw.substring(a + from.length(), b).strip();
  }

  private static PromptTemplate load() {
    try (InputStream in = PromptTemplate.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new PromptTemplate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
