package io.veil.detector.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectorMainTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<String> classify(String input) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int rc = DetectorMain.run(new String[] {"classify"},
        new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out);
    assertThat(rc).isZero();
    return out.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void classify_answersEveryLineInOrder_andReportsBadLinesInPlace() throws Exception {
    String input = String.join("\n",
        "{\"content\": \"My SSN is 536-22-1234\", \"category\": \"ssn\"}",
        "{\"content\": \"passport photo requirements\", \"category\": {\"name\": \"passport\","
            + " \"desc\": \"US passports\"}, \"label\": {\"is_sensitive\": false}}",
        "this is not json 536-22-1234",
        "{\"content\": \"x\", \"category\": \"blood_type\"}",
        "{\"content\": \"318246579\", \"category\": \"passport\", \"context\": \"$.passport_no\"}",
        "{\"category\": \"email\"}") + "\n";
    List<String> lines = classify(input);
    assertThat(lines).hasSize(6);
    JsonNode first = JSON.readTree(lines.get(0));
    assertThat(first.get("is_sensitive").asBoolean()).isTrue();
    assertThat(first.get("confidence_score").asDouble()).isBetween(0.5, 1.0);
    JsonNode second = JSON.readTree(lines.get(1));
    assertThat(second.get("is_sensitive").asBoolean()).isFalse();
    assertThat(second.get("confidence_score").asDouble()).isLessThan(0.5);
    JsonNode bad = JSON.readTree(lines.get(2));
    assertThat(bad.at("/error/code").asText()).isEqualTo("malformed_json");
    assertThat(lines.get(2)).doesNotContain("536");
    JsonNode unknown = JSON.readTree(lines.get(3));
    assertThat(unknown.at("/error/code").asText()).isEqualTo("unknown_category");
    assertThat(unknown.at("/error/message").asText())
        .contains("known categories: email, phone, credit_card, passport, ssn, itin,"
            + " drivers_license, bank_account, routing_number");
    assertThat(JSON.readTree(lines.get(4)).get("is_sensitive").asBoolean()).isTrue();
    assertThat(JSON.readTree(lines.get(5)).at("/error/code").asText())
        .isEqualTo("missing_content");
  }

  @Test
  void classify_onEmptyInput_writesNothing() {
    assertThat(classify("")).isEmpty();
  }
}
