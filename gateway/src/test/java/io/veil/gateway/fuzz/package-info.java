/**
 * Jazzer fuzz tests of the gateway's JSON path: the strict reader, the walker (keys, strings,
 * numbers, JSON inside strings, URL query strings) and the redactor, run through the real {@link
 * io.veil.gateway.filter.EventFilter} with the test-only in-process embedded-detector dispatcher.
 * Seeds live under {@code src/test/resources/io/veil/gateway/fuzz/}; the default test run replays
 * them, the {@code fuzz-*} surefire executions fuzz for a short while, {@code
 * reliability/fuzz.sh} for longer.
 */
package io.veil.gateway.fuzz;
