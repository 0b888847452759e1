package io.veil.training.presidio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.protocol.Category;
import io.veil.training.dataset.Example;
import io.veil.training.dataset.Jsonl;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PresidioConverterTest {

  private static JsonNode sentence(String text, String type, String value) throws Exception {
    int start = text.indexOf(value);
    return Jsonl.MAPPER.readTree(Jsonl.MAPPER.writeValueAsString(java.util.Map.of(
        "full_text", text, "template_id", 1, "spans", List.of(java.util.Map.of(
            "entity_type", type, "entity_value", value, "start_position", start,
            "end_position", start + value.length())))));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ship it to 4111111111111111 now|CREDIT_CARD|4111111111111111|credit_card|true|presidio_valid",
      "I want to raise the limit on my card # 180020497005751|CREDIT_CARD|180020497005751|credit_card|true|presidio_context",
      "Ref 180020497005751 attached|CREDIT_CARD|180020497005751|credit_card|false|presidio_no_context",
      "Ref 180020497005751 attached|CREDIT_CARD|180020497005751|ssn|false|presidio_none",
      "Write to support@contoso.com today|EMAIL_ADDRESS|support@contoso.com|email|false|presidio_no_context",
      "Write to jane.roe@contoso.com today|EMAIL_ADDRESS|jane.roe@contoso.com|email|true|presidio_valid",
      "His social security number is 853-37-1694|US_SSN|853-37-1694|ssn|true|presidio_valid",
      "Reach me at (212) 867-5309|PHONE_NUMBER|(212) 867-5309|phone|true|presidio_valid"})
  void sentencesAreLabeledByValidityAndContext(String text, String type, String value,
      String category, boolean sensitive, String kind) throws Exception {
    Example e = PresidioConverter.label(sentence(text, type, value), text,
        Category.fromName(category).orElseThrow());
    assertThat(e.sensitive()).isEqualTo(sensitive);
    assertThat(e.kind()).isEqualTo(kind);
    assertThat(e.confidence() >= 0.5).isEqualTo(sensitive);
  }

  @Test
  void publicSet_convertsEverySentenceForEveryAnnotatedCategory() throws Exception {
    // shared/ lies beside the repository, as on developers' machines and in CI.
    Path in = Path.of("../../shared/datasets/presidio-research/synth_dataset_v2.json");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(in), "public set not present");
    List<Example> ex = PresidioConverter.convert(in);
    assertThat(ex).hasSize(1500 * 5);
    assertThat(ex.stream().filter(e -> e.category() == Category.CREDIT_CARD && e.sensitive()).count())
        .isBetween(60L, 136L);
    assertThat(ex).noneMatch(e -> e.category() == Category.BANK_ACCOUNT);
  }
}
