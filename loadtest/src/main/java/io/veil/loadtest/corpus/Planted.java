package io.veil.loadtest.corpus;

import java.util.Objects;

/**
 * A sensitive value the generator planted in an event. {@link #toString()} never shows the value.
 *
 * @param category the category name from the catalog, e.g. {@code email}
 * @param value the planted text
 */
public record Planted(String category, String value) {

    /** Checks both parts are present. */
    public Planted {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "Planted[category=" + category + ", length=" + value.length() + "]";
    }
}
