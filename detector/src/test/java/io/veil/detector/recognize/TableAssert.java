package io.veil.detector.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.detector.Detection;
import io.veil.detector.Finding;
import io.veil.protocol.Category;

/** Asserts a table row: the decision, and that a sensitive decision is explained by a finding. */
final class TableAssert {

  private TableAssert() {}

  static void check(Row row, Category category) {
    Detection d = row.detect(category);
    assertThat(d.decision().sensitive()).as(row.toString() + " -> " + d.findings())
        .isEqualTo(row.sensitive());
    if (row.sensitive()) {
      Finding top = d.findings().get(0);
      assertThat(top.category()).isEqualTo(category);
      assertThat(top.start()).isBetween(0, row.content().length());
      assertThat(top.end()).isBetween(top.start(), row.content().length());
      assertThat(top.score()).isEqualTo(d.decision().confidence());
    }
  }
}
