/** The {@code veil-training} command line entry point. */
package io.veil.training;
