package io.veil.detector.normalize;

import java.util.List;

/**
 * A second level of HTML character references ({@code &amp;#64;} reads {@code &#64;} in the clean
 * view, then {@code @} here). The first level is part of cleaning.
 */
final class HtmlDecoding extends Layer {

  static final String NAME = "html";

  HtmlDecoding() {
    super(NAME, TextFeatures.AMPERSAND);
  }

  @Override
  MappedView apply(MappedView source, Budget budget, List<String> transforms) {
    if (source.text().indexOf('&') < 0) {
      return null;
    }
    return Cleaner.clean(source, budget, transforms);
  }
}
