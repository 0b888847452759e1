/**
 * Jazzer fuzz tests of the wire format: {@link io.veil.protocol.MessageCodec#decode} meets
 * arbitrary bytes and answers with a {@link io.veil.protocol.Message} or a {@link
 * io.veil.protocol.ProtocolException}, never anything else. Seeds live under {@code
 * src/test/resources/io/veil/protocol/fuzz/}; the default test run replays them, the {@code
 * fuzz-*} surefire executions fuzz for a short while, {@code reliability/fuzz.sh} for longer.
 */
package io.veil.protocol.fuzz;
