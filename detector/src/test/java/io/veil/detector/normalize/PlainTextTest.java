package io.veil.detector.normalize;

import static io.veil.detector.normalize.ViewAssertions.texts;
import static io.veil.detector.normalize.ViewAssertions.views;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "Hello, my passport number is 123456789 and I live in Springfield.",
      "{\"user\":\"jdoe\",\"event\":\"login\",\"ts\":1712345678,\"ok\":true}",
      "AT&T and R&D teams met at 10:30; cost was 5% over budget.",
      "Call me at +1 (555) 010-0199 tomorrow",
      "Can you call? +1 555 010 0199 or +44 20 7946 0958",
      "Recipe: 3½ cups flour, ¼ tsp salt",
      "a+b=c and x+y",
      "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 done",
      "md5 d41d8cd98f00b204e9800998ecf8427e",
      "uuid 123e4567-e89b-12d3-a456-426614174000",
      "Information Technology Department Administrator Passport Something",
      "/api/v1/users/12345678/settings?verbose=true",
      "Die Straße ist schön; café naïve résumé",
      "電話番号は未登録です。",
      "password reset requested by customer support representative",
  })
  void plainText_hasOneViewEqualToTheContent(String content) {
    List<TextView> views = views(content);

    assertThat(texts(views)).containsExactly(content);
    assertThat(views.get(0).transforms()).isEmpty();
    for (int i = 0; i < content.length(); i++) {
      assertThat(views.get(0).originalSpan(i, i + 1)).isEqualTo(new OriginalSpan(i, i + 1));
    }
  }

  @Test
  void asciiContent_isItsOwnViewWithoutCopying() {
    String content = "nothing to see here, 42 apples";

    assertThat(views(content).get(0).text()).isSameAs(content);
  }

  @Test
  void nullContent_readsAsEmpty() {
    assertThat(texts(views(null))).containsExactly("");
  }

  @Test
  void rangeOutsideTheView_isRejected() {
    TextView view = views("abc").get(0);

    assertThatThrownBy(() -> view.originalSpan(0, 4))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> view.toOriginalStart(3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }
}
