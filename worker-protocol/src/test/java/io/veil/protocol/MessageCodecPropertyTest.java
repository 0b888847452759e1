package io.veil.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Whatever bytes arrive, decoding yields a message or a {@link ProtocolException}: never another
 * exception, never an error. Seeded, so a failure reproduces.
 */
class MessageCodecPropertyTest {

  private static final List<Message> VALID = MessageCodecTest.golden()
      .map(a -> (Message) a.get()[0]).toList();

  @Test
  void decode_ofRandomBytes_yieldsMessageOrProtocolException() {
    Random random = new Random(20261204L);
    for (int i = 0; i < 20_000; i++) {
      byte[] frame = new byte[random.nextInt(64)];
      random.nextBytes(frame);
      if (frame.length > 0 && random.nextBoolean()) {
        // Start with a map header so that decoding gets past the first byte more often.
        frame[0] = (byte) (0x80 | random.nextInt(16));
      }
      decodeOnlyMessageOrProtocolException(frame);
    }
  }

  @Test
  void decode_ofEveryTruncationOfValidFrames_isProtocolException() {
    for (Message m : VALID) {
      byte[] frame = MessageCodec.encode(m);
      for (int len = 0; len < frame.length; len++) {
        Object outcome = decodeOnlyMessageOrProtocolException(Arrays.copyOf(frame, len));
        assertThat(outcome).as("truncation to %d bytes of %s", len, m.getClass().getSimpleName())
            .isInstanceOf(ProtocolException.class);
      }
    }
  }

  @Test
  void decode_ofMutatedValidFrames_yieldsMessageOrProtocolException() {
    Random random = new Random(7L);
    for (Message m : VALID) {
      byte[] frame = MessageCodec.encode(m);
      for (int i = 0; i < 3_000; i++) {
        byte[] mutated = frame.clone();
        for (int flips = 1 + random.nextInt(3); flips > 0; flips--) {
          mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
        }
        decodeOnlyMessageOrProtocolException(mutated);
      }
    }
  }

  private static Object decodeOnlyMessageOrProtocolException(byte[] frame) {
    try {
      return MessageCodec.decode(frame);
    } catch (ProtocolException e) {
      return e;
    } catch (Throwable t) {
      return fail("decode threw %s for frame %s", t, Frames.hex(frame));
    }
  }
}
