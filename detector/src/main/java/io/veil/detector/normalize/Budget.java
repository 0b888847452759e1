package io.veil.detector.normalize;

/**
 * The limits shared by every view built for one content: how many characters the kept views may
 * still hold, and how much builder capacity may still be allocated, kept views or not. Both are
 * linear in the content's length, so a content cannot make the normalizer allocate more than a
 * fixed multiple of itself, whatever it holds. Not thread-safe: one per {@code views} call.
 */
final class Budget {

  private int retainedLeft;
  private long allocationLeft;

  /**
   * @param retained characters all kept views together may hold
   * @param allocation characters of builder capacity that may be allocated in all
   */
  Budget(int retained, long allocation) {
    this.retainedLeft = retained;
    this.allocationLeft = allocation;
  }

  /** The most characters the next view may hold. */
  int maxOutput() {
    return Math.max(0, retainedLeft);
  }

  /** Takes {@code chars} of capacity from the allocation budget; false (and nothing taken) past it. */
  boolean allocate(int chars) {
    if (chars > allocationLeft) {
      return false;
    }
    allocationLeft -= chars;
    return true;
  }

  /** Records a view of {@code chars} characters as kept. */
  void keep(int chars) {
    retainedLeft -= chars;
  }

  /** True when no further view can be built. */
  boolean exhausted() {
    return retainedLeft <= 0 || allocationLeft <= 0;
  }
}
