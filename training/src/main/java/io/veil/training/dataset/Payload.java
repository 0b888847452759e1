package io.veil.training.dataset;

/**
 * What a carrier places in its content: a key and value for structured carriers (JSON, URL,
 * form, CSV), and a sentence for text carriers (chat, search, logs).
 *
 * @param key the field or parameter name
 * @param value the field's value
 * @param text the sentence that holds the value
 */
record Payload(String key, String value, String text) {}
