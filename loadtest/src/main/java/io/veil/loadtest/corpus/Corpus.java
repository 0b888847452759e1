package io.veil.loadtest.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The events a run sends, in file order; requests take them round-robin.
 * The file format is one JSON object per line:
 * {@code {"event": {...}, "planted": [{"category": "email", "value": "..."}]}}.
 */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<CorpusEvent> events;

    /** A corpus of the given events; there must be at least one. */
    public Corpus(List<CorpusEvent> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("corpus holds no events");
        }
        this.events = List.copyOf(events);
    }

    /**
     * Reads a corpus file. Errors name the line number and the rule broken, never the content.
     *
     * @throws IllegalArgumentException when a line is malformed or the file holds no event
     */
    public static Corpus read(Path file) {
        List<CorpusEvent> events = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    events.add(parseLine(line, number));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus " + file, e);
        }
        if (events.isEmpty()) {
            throw new IllegalArgumentException("corpus " + file + " holds no events");
        }
        return new Corpus(events);
    }

    static CorpusEvent parseLine(String line, int number) {
        JsonNode root;
        try {
            root = JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException("corpus line " + number + ": not valid JSON");
        }
        JsonNode event = root == null ? null : root.get("event");
        if (event == null || !event.isObject()) {
            throw new IllegalArgumentException("corpus line " + number + ": field 'event' must be a JSON object");
        }
        JsonNode planted = root.path("planted");
        if (!planted.isMissingNode() && !planted.isArray()) {
            throw new IllegalArgumentException("corpus line " + number + ": field 'planted' must be an array");
        }
        List<Planted> values = new ArrayList<>();
        for (JsonNode p : planted) {
            JsonNode category = p.get("category");
            JsonNode value = p.get("value");
            if (category == null || !category.isTextual() || value == null || !value.isValueNode()) {
                throw new IllegalArgumentException(
                        "corpus line " + number + ": each 'planted' entry needs text 'category' and 'value'");
            }
            values.add(new Planted(category.asText(), value.asText()));
        }
        try {
            return new CorpusEvent(JSON.writeValueAsBytes(event), values);
        } catch (IOException e) {
            throw new IllegalArgumentException("corpus line " + number + ": event cannot be serialized");
        }
    }

    /** The event for request number {@code index}, cycling through the corpus. */
    public CorpusEvent get(long index) {
        return events.get((int) Math.floorMod(index, (long) events.size()));
    }

    /** How many distinct events the corpus holds. */
    public int size() {
        return events.size();
    }

    /** How many events carry at least one planted value. */
    public long sensitiveCount() {
        return events.stream().filter(e -> !e.planted().isEmpty()).count();
    }
}
