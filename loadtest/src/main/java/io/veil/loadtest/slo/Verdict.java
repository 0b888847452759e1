package io.veil.loadtest.slo;

import java.util.List;

/**
 * Whether a run held its SLO, and why not.
 *
 * @param holds true when every objective was met
 * @param reasons one line per objective missed, empty when it holds
 */
public record Verdict(boolean holds, List<String> reasons) {

    /** Copies the reasons. */
    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
