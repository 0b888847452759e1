/**
 * The event corpus: JSON lines written by the training generator, each an event to send and the
 * sensitive values planted in it, which the leak check looks for in the answers.
 */
package io.veil.loadtest.corpus;
