package io.veil.detector.normalize;

import java.util.List;

/**
 * A second level of HTML character references ({@code &amp;#64;} reads {@code &#64;} in the clean
 * view, then {@code @} here). The first level is part of cleaning.
 */
final class HtmlDecoding implements Layer {

  static final String NAME = "html";

  private static final List<String> TRANSFORMS = List.of(NAME);

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean mayApply(int features) {
    return (features & TextFeatures.AMPERSAND) != 0;
  }

  @Override
  public List<String> asTransforms() {
    return TRANSFORMS;
  }

  @Override
  public MappedView apply(MappedView source, Budget budget, List<String> transforms) {
    if (source.text().indexOf('&') < 0) {
      return null;
    }
    return Cleaner.clean(source, budget, transforms);
  }
}
