/**
 * Recognizers: one small class per category with named patterns, validate and invalidate hooks
 * and context words in 16 languages, over tokens and number chains scanned once per view in
 * linear time. The registry maps each category to its recognizer.
 */
package io.veil.detector.recognize;
