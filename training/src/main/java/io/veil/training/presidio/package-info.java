/**
 * Converts the public presidio-research synthetic set to Veil's dataset format, labeling each
 * sentence for each category the set annotates under the labeling policy.
 */
package io.veil.training.presidio;
