/**
 * The synthetic dataset: labeled (content, category) pairs in 16 languages, shaped like what event
 * pipelines carry, with hard negatives and obfuscated positives, split so that the test split's
 * templates are never seen in train or val.
 */
package io.veil.training.dataset;
