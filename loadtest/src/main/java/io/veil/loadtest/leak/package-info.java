/**
 * The leak check: does an answer still carry a value that was planted in the event sent? Any leak
 * fails a run, whatever the latency.
 */
package io.veil.loadtest.leak;
