package io.veil.loadtest.measure;

/** What became of one scheduled request. Each is counted apart. */
public enum Outcome {
    /** A 2xx answer. */
    OK,
    /** An answer with any other status, e.g. 503 when Veil sheds load. */
    NON_2XX,
    /** No answer within the request timeout. */
    TIMEOUT,
    /** The connection or exchange failed (refused, reset, unparseable answer). */
    ERROR,
    /** Never sent: the cap on outstanding requests was reached at its send time. */
    DROPPED
}
