package io.veil.detector.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ViewBuilderTest {

  @Test
  void verbatimCopy_buildsNothing_andAllocatesNothing() {
    Budget budget = new Budget(100, 100);
    ViewBuilder out = new ViewBuilder(MappedView.identity("abcdef"), budget);

    out.copy(0, 3);
    out.copy(3, 6);

    assertThat(out.build(List.of())).isNull();
    assertThat(budget.allocate(100)).as("nothing was charged").isTrue();
  }

  @Test
  void skippedRange_isDropped_andLaterCharactersKeepTheirOffsets() {
    ViewBuilder out = new ViewBuilder(MappedView.identity("ab--cd"), new Budget(100, 100));

    out.copy(0, 2);
    out.copy(4, 6);
    MappedView view = out.build(List.of("t"));

    assertThat(view.text()).isEqualTo("abcd");
    assertThat(view.originalSpan(2, 4)).isEqualTo(new OriginalSpan(4, 6));
    assertThat(view.transforms()).containsExactly("t");
  }

  @Test
  void appendOnAMappedSource_composesToOriginalOffsets() {
    MappedView source = new ViewBuilderFixture("x&#64;y").cleaned();
    ViewBuilder out = new ViewBuilder(source, new Budget(100, 100));

    out.append("AT", 0, 3);
    MappedView view = out.build(List.of());

    assertThat(view.text()).isEqualTo("AT");
    assertThat(view.originalSpan(0, 1)).isEqualTo(new OriginalSpan(0, 7));
  }

  @Test
  void outputPastMaxLength_failsTheBuild() {
    ViewBuilder out = new ViewBuilder(MappedView.identity("abc"), new Budget(2, 100));

    out.append('x', 0, 1);
    out.append('y', 1, 2);
    out.append('z', 2, 3);

    assertThat(out.overflowed()).isTrue();
    assertThat(out.build(List.of())).isNull();
  }

  @Test
  void allocationPastTheBudget_failsTheBuild() {
    ViewBuilder out = new ViewBuilder(MappedView.identity("a".repeat(50)), new Budget(1000, 10));

    out.append('x', 0, 1);

    assertThat(out.build(List.of())).isNull();
  }

  /** A mapped (non-identity) source view, built by the cleaner from {@code content}. */
  private record ViewBuilderFixture(String content) {
    MappedView cleaned() {
      return Cleaner.clean(MappedView.identity(content), new Budget(100, 1000), List.of());
    }
  }
}
