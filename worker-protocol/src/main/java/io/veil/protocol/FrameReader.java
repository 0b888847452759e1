package io.veil.protocol;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.msgpack.core.MessageFormat;
import org.msgpack.core.MessageIntegerOverflowException;
import org.msgpack.core.MessagePack;
import org.msgpack.core.MessageUnpacker;
import org.msgpack.value.ValueType;

/**
 * Typed reads from one msgpack frame, each checking the value's type and every declared size
 * against the bytes left before allocating. Errors name the key being read, never its value.
 */
final class FrameReader {

  private final MessageUnpacker in;
  private final long length;
  private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);

  FrameReader(byte[] frame) {
    this.in = MessagePack.newDefaultUnpacker(frame);
    this.length = frame.length;
  }

  boolean nextIsMap() throws IOException {
    return in.getNextFormat().getValueType() == ValueType.MAP;
  }

  boolean hasNext() throws IOException {
    return in.hasNext();
  }

  /** Skips one value of any type, however nested, without allocating it. */
  void skip() throws IOException {
    in.skipValue();
  }

  /** Reads a nil and returns true, or returns false and reads nothing. */
  boolean tryNil() throws IOException {
    return in.tryUnpackNil();
  }

  private long remaining() {
    return length - in.getTotalReadBytes();
  }

  int mapHeader(String where) throws IOException, ProtocolException {
    expect(where, ValueType.MAP, "a map");
    int n = in.unpackMapHeader();
    // Each entry needs at least a one-byte key and a one-byte value.
    if ((long) n * 2 > remaining()) {
      throw new ProtocolException("truncated frame: map in " + where + " declares more entries"
          + " than the frame holds");
    }
    return n;
  }

  int arrayHeader(String key, int max) throws IOException, ProtocolException {
    expect(key, ValueType.ARRAY, "an array");
    int n = in.unpackArrayHeader();
    if (n > max) {
      throw new ProtocolException("key " + key + " holds more than " + max + " elements");
    }
    if (n > remaining()) {
      throw new ProtocolException("truncated frame: key " + key + " declares more elements than"
          + " the frame holds");
    }
    return n;
  }

  String key() throws IOException, ProtocolException {
    if (in.getNextFormat().getValueType() != ValueType.STRING) {
      throw new ProtocolException("map keys must be strings");
    }
    return string("(map key)");
  }

  String string(String key) throws IOException, ProtocolException {
    expect(key, ValueType.STRING, "a string");
    int n = in.unpackRawStringHeader();
    if (n > Wire.MAX_STRING_BYTES) {
      throw new ProtocolException("key " + key + " is longer than " + Wire.MAX_STRING_BYTES
          + " bytes");
    }
    if (n > remaining()) {
      throw new ProtocolException("truncated frame: key " + key + " declares more bytes than the"
          + " frame holds");
    }
    byte[] bytes = in.readPayload(n);
    try {
      return utf8.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new ProtocolException("key " + key + " is not valid UTF-8");
    }
  }

  long longValue(String key) throws IOException, ProtocolException {
    expect(key, ValueType.INTEGER, "an integer");
    try {
      return in.unpackLong();
    } catch (MessageIntegerOverflowException e) {
      throw new ProtocolException("key " + key + " is out of the 64-bit signed range");
    }
  }

  int intValue(String key) throws IOException, ProtocolException {
    long v = longValue(key);
    if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
      throw new ProtocolException("key " + key + " is out of the 32-bit signed range");
    }
    return (int) v;
  }

  boolean bool(String key) throws IOException, ProtocolException {
    expect(key, ValueType.BOOLEAN, "a boolean");
    return in.unpackBoolean();
  }

  double number(String key) throws IOException, ProtocolException {
    MessageFormat f = in.getNextFormat();
    if (f.getValueType() == ValueType.INTEGER) {
      return longValue(key);
    }
    expect(key, ValueType.FLOAT, "a number");
    return in.unpackDouble();
  }

  private void expect(String key, ValueType type, String what)
      throws IOException, ProtocolException {
    if (in.getNextFormat().getValueType() != type) {
      throw new ProtocolException("key " + key + " must be " + what);
    }
  }

}
