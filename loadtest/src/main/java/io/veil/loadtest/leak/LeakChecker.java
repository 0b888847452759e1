package io.veil.loadtest.leak;

import com.fasterxml.jackson.databind.JsonNode;
import io.veil.loadtest.corpus.Planted;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds planted values that came back unredacted in an answer. Every string leaf, number leaf and
 * key of the answer is compared, after lower-casing, in three forms:
 * <ul>
 *   <li>as written, case-insensitive;</li>
 *   <li>percent-decoded, so {@code a%40b.com} inside a URL is still the e-mail {@code a@b.com};</li>
 *   <li>digits only, for values that are mostly digits (SSN, card, phone, account numbers), so
 *       {@code 123-45-6789} is found as {@code 123 45 6789} or the JSON number {@code 123456789}.</li>
 * </ul>
 * The checker is stateless and thread-safe.
 */
public final class LeakChecker {

    /**
     * Fewer digits than this are too common to call a leak by digits alone (a masked card keeps
     * its last 4; dates and small counters are everywhere).
     */
    static final int MIN_DIGITS_FOR_DIGIT_MATCH = 7;

    private LeakChecker() {
    }

    /**
     * Returns the planted values that appear in {@code answer}; empty when none leaked.
     *
     * @param answer the parsed answer (the whole body: event, findings and all)
     * @param planted the values planted in the event that was sent
     */
    public static List<Planted> leaked(JsonNode answer, List<Planted> planted) {
        if (planted.isEmpty() || answer == null) {
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        List<String> digits = new ArrayList<>();
        collect(answer, texts, digits);
        List<Planted> leaks = new ArrayList<>();
        for (Planted p : planted) {
            if (appears(p.value(), texts, digits)) {
                leaks.add(p);
            }
        }
        return leaks;
    }

    private static boolean appears(String value, List<String> texts, List<String> digits) {
        String needle = value.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return false;
        }
        for (String text : texts) {
            if (text.contains(needle)) {
                return true;
            }
        }
        String needleDigits = digitsOnly(needle);
        if (!isMostlyDigits(needle, needleDigits)) {
            return false;
        }
        for (String d : digits) {
            if (d.contains(needleDigits)) {
                return true;
            }
        }
        return false;
    }

    static boolean isMostlyDigits(String value, String valueDigits) {
        if (valueDigits.length() < MIN_DIGITS_FOR_DIGIT_MATCH) {
            return false;
        }
        long letters = value.chars().filter(Character::isLetter).count();
        return valueDigits.length() >= 2 * letters;
    }

    private static void collect(JsonNode node, List<String> texts, List<String> digits) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                addLeaf(field.getKey(), texts, digits);
                collect(field.getValue(), texts, digits);
            }
        } else if (node.isArray()) {
            for (JsonNode element : node) {
                collect(element, texts, digits);
            }
        } else if (node.isTextual()) {
            addLeaf(node.textValue(), texts, digits);
        } else if (node.isNumber()) {
            addLeaf(node.isIntegralNumber() ? node.bigIntegerValue().toString() : node.asText(), texts, digits);
        }
    }

    private static void addLeaf(String leaf, List<String> texts, List<String> digits) {
        String lower = leaf.toLowerCase(Locale.ROOT);
        texts.add(lower);
        String decoded = percentDecode(lower);
        if (!decoded.equals(lower)) {
            texts.add(decoded);
        }
        String d = digitsOnly(lower);
        if (d.length() >= MIN_DIGITS_FOR_DIGIT_MATCH) {
            digits.add(d);
        }
    }

    static String percentDecode(String text) {
        if (text.indexOf('%') < 0 && text.indexOf('+') < 0) {
            return text;
        }
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return text;
        }
    }

    static String digitsOnly(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }
}
