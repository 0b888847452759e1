package io.veil.gateway.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.protocol.Category;
import io.veil.protocol.Decision;
import io.veil.protocol.Message;
import io.veil.protocol.Message.ItemResult;
import io.veil.protocol.Message.ItemStatus;
import io.veil.protocol.Message.Span;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReplyCheckTest {

  private static final List<Message.Item> ITEMS = List.of(
      new Message.Item("0123456789", Category.EMAIL, null),
      new Message.Item("abc", Category.SSN, null));
  private static final Decision YES = new Decision(true, 0.9);

  private static ItemResult ok(Span... spans) {
    return new ItemResult(ItemStatus.OK, YES, List.of(spans));
  }

  static Stream<Arguments> replies() {
    return Stream.of(
        Arguments.of("valid", List.of(ok(new Span(0, 10, "r", "p")), ok(new Span(1, 3, "r", "p"))),
            null),
        Arguments.of("expired without decision", List.of(ok(),
            new ItemResult(ItemStatus.EXPIRED, null, List.of())), null),
        Arguments.of("too few", List.of(ok()), "reply has 1 results for 2 items"),
        Arguments.of("too many", List.of(ok(), ok(), ok()), "reply has 3 results for 2 items"),
        Arguments.of("span past the end", List.of(ok(), ok(new Span(0, 4, "r", "p"))),
            "result 1 has a span outside its content"),
        Arguments.of("negative start", List.of(ok(new Span(-1, 2, "r", "p")), ok()),
            "result 0 has a span outside its content"),
        Arguments.of("empty span", List.of(ok(new Span(2, 2, "r", "p")), ok()),
            "result 0 has a span outside its content"),
        Arguments.of("ok without decision", List.of(ok(),
            new ItemResult(ItemStatus.OK, null, List.of())), "result 1 has no decision"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("replies")
  void reply_isAcceptedOnlyWhenItFitsTheItems(String what, List<ItemResult> results,
      String violation) {
    Message.Reply reply = new Message.Reply(7, results, "fake", 0, 0);

    assertThat(ReplyCheck.violation(ITEMS, reply)).isEqualTo(violation);
  }
}
