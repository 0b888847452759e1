/**
 * The embedded detector: the pure-Java classifier that decides, for a piece of content and a
 * category, whether the content holds a sensitive value, following the labeling policy.
 */
package io.veil.detector;
