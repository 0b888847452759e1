package io.veil.loadtest.corpus;

import java.util.List;

/**
 * One event ready to send: its serialized JSON body and what was planted in it.
 *
 * @param body the event as UTF-8 JSON bytes, sent as-is
 * @param planted the planted sensitive values, possibly none
 */
public record CorpusEvent(byte[] body, List<Planted> planted) {

    /** Copies the planted list. */
    public CorpusEvent {
        planted = List.copyOf(planted);
    }

    @Override
    public String toString() {
        return "CorpusEvent[bytes=" + body.length + ", planted=" + planted.size() + "]";
    }
}
