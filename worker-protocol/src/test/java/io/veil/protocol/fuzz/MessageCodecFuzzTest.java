package io.veil.protocol.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.veil.protocol.Message;
import io.veil.protocol.MessageCodec;
import io.veil.protocol.ProtocolException;

/**
 * Fuzzes the msgpack decoder a worker and a gateway run on every frame from the network. A frame
 * decodes to a {@link Message} or fails with {@link ProtocolException}; any other exception (or
 * error) is a finding. What decodes must also encode again and decode to the same message, so
 * that nothing the decoder accepts is a state the rest of the code cannot represent.
 */
class MessageCodecFuzzTest {

  @FuzzTest(maxDuration = "15s")
  void decode_anyBytes_givesAMessageOrProtocolException(byte[] frame) {
    Message message;
    try {
      message = MessageCodec.decode(frame);
    } catch (ProtocolException expected) {
      assertThat(expected.getMessage()).isNotNull();
      return;
    }
    assertThat(message).isNotNull();
    try {
      assertThat(MessageCodec.decode(MessageCodec.encode(message))).isEqualTo(message);
    } catch (ProtocolException e) {
      throw new AssertionError("a decoded message does not survive encode and decode", e);
    }
  }
}
