package io.veil.protocol;

import static io.veil.protocol.Frames.hex;
import static io.veil.protocol.Frames.map;
import static io.veil.protocol.Frames.pack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.protocol.Message.Item;
import io.veil.protocol.Message.ItemResult;
import io.veil.protocol.Message.ItemStatus;
import io.veil.protocol.Message.Span;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class MessageCodecTest {

  static final Message READY = new Message.Ready("w1", "embedded", 64);
  static final Message REQUEST = new Message.Request(7, 1_700_000_000_000L, List.of(
      new Item("a@b.co", Category.EMAIL, "$.u"), new Item("hi", Category.SSN, null)));
  static final Message REPLY = new Message.Reply(7, List.of(
      new ItemResult(ItemStatus.OK, new Decision(true, 0.5), List.of(new Span(0, 6, "Em", "e"))),
      new ItemResult(ItemStatus.EXPIRED, new Decision(false, 0.0), List.of())),
      "embedded", 12, 34);
  static final Message ERROR = new Message.Error(7, "OVERLOADED", "queue full");

  /** The wire format, pinned: a change here breaks every deployed gateway and worker. */
  static Stream<Arguments> golden() {
    return Stream.of(
        Arguments.of(READY, "85a17601a174a57265616479a177a27731a162a8656d626564646564a363617040"),
        Arguments.of(new Message.Heartbeat(), "82a17601a174a26862"),
        Arguments.of(REQUEST, "85a17601a174a3726571a2696407a2646ccf0000018bcfe56800a26974928"
            + "3a163a66140622e636fa16ba5656d61696ca178a3242e7582a163a26869a16ba373736e"),
        Arguments.of(REPLY, "87a17601a174a3726570a2696407a1729284a173a26f6ba164c3a170cb3fe00"
            + "00000000000a273709184a17300a16506a172a2456da16ea16584a173a765787069726564a164c2a1"
            + "70cb0000000000000000a2737090a162a8656d626564646564a271750ca2697522"),
        Arguments.of(ERROR,
            "85a17601a174a3657272a2696407a26364aa4f5645524c4f41444544a16daa71756575652066756c6c"),
        Arguments.of(new Message.Disconnect(), "82a17601a174a3627965"));
  }

  @ParameterizedTest
  @MethodSource("golden")
  void encode_writesPinnedBytes(Message message, String expectedHex) {
    assertThat(hex(MessageCodec.encode(message))).isEqualTo(expectedHex);
  }

  @ParameterizedTest
  @MethodSource("golden")
  void decode_ofPinnedBytes_givesTheMessage(Message message, String hex) throws Exception {
    assertThat(MessageCodec.decode(hex(hex))).isEqualTo(message);
  }

  @Test
  void roundTrip_keepsUnicodeEmptyListsAndExtremes() throws Exception {
    Message request = new Message.Request(Long.MIN_VALUE, Long.MAX_VALUE, List.of(
        new Item("", Category.PASSPORT, ""), new Item("naïve 東京 🎉", Category.ROUTING_NUMBER,
            "$.a[0]")));
    Message reply = new Message.Reply(-1, List.of(new ItemResult(ItemStatus.DEGRADED,
        new Decision(false, 1.0), List.of(new Span(Integer.MAX_VALUE, Integer.MAX_VALUE, "", "")))),
        "cascade", Long.MAX_VALUE, 0);
    Message empty = new Message.Request(0, 0, List.of());
    for (Message m : List.of(request, reply, empty, new Message.Ready("", "", 0))) {
      assertThat(MessageCodec.decode(MessageCodec.encode(m))).isEqualTo(m);
    }
  }

  @Test
  void decode_skipsUnknownKeysAtEveryLevel() throws Exception {
    Object extra = map("deep", java.util.Arrays.asList(map("a", 1), 2.5, null, true));
    byte[] frame = pack(map("v", 1, "t", "rep", "zz", extra, "id", 7,
        "r", List.of(map("s", "ok", "new", extra, "d", true, "p", 1,
            "sp", List.of(map("s", 1, "e", 2, "r", "R", "n", "N", "why", "x")))),
        "b", "embedded", "later", List.of()));

    assertThat(MessageCodec.decode(frame)).isEqualTo(new Message.Reply(7, List.of(
        new ItemResult(ItemStatus.OK, new Decision(true, 1.0), List.of(new Span(1, 2, "R", "N")))),
        "embedded", 0, 0));
  }

  @Test
  void decode_acceptsKeysInAnyOrderAndNilContext() throws Exception {
    byte[] frame = pack(map("it", List.of(map("x", null, "k", "ssn", "c", "z")), "dl", 5,
        "t", "req", "id", 3, "v", 1));

    assertThat(MessageCodec.decode(frame)).isEqualTo(
        new Message.Request(3, 5, List.of(new Item("z", Category.SSN, null))));
  }

  static Stream<Arguments> malformed() {
    Object item = map("c", "x", "k", "email");
    return Stream.of(
        bad("empty", new byte[0], "empty frame"),
        bad("not a map", pack(List.of(1)), "must be a msgpack map"),
        bad("no version", pack(map("t", "hb")), "missing required key v"),
        bad("no type", pack(map("v", 1)), "missing required key t"),
        bad("unknown type", pack(map("v", 1, "t", "nope")), "unknown message type"),
        bad("version is a string", pack(map("v", "1", "t", "hb")), "key v must be an integer"),
        bad("duplicate key", hex("83a17601a174a26862a174a26862"), "duplicate key t"),
        bad("integer key", pack(map(1, 1)), "map keys must be strings"),
        bad("trailing bytes", concat(pack(map("v", 1, "t", "hb")), new byte[] {0}),
            "trailing bytes"),
        bad("request without deadline", pack(map("v", 1, "t", "req", "id", 1, "it", List.of())),
            "missing required key dl"),
        bad("request id is a string", pack(map("v", 1, "t", "req", "id", "1")),
            "key id must be an integer"),
        bad("id beyond int64", pack(map("v", 1, "t", "err", "id", new Frames.Raw(
            "cfffffffffffffffff"))), "out of the 64-bit signed range"),
        bad("items is a map", pack(map("v", 1, "t", "req", "id", 1, "dl", 1, "it", map())),
            "key it must be an array"),
        bad("item without content", req(map("k", "email")), "missing required key it[].c"),
        bad("item content is binary", req(map("c", new Frames.Raw("c40178"), "k", "email")),
            "key c must be a string"),
        bad("unknown category", req(map("c", "x", "k", "EMAIL")), "not a known category"),
        bad("invalid UTF-8", req(map("c", new Frames.Raw("a2c328"), "k", "email")),
            "not valid UTF-8"),
        bad("too many items", pack(map("v", 1, "t", "req", "id", 1, "dl", 1,
            "it", new Frames.Raw("dc2711"))), "holds more than 10000"),
        bad("items longer than the frame", pack(map("v", 1, "t", "req", "id", 1, "dl", 1,
            "it", new Frames.Raw("dc0400"), "pad", item)), "truncated frame"),
        bad("string of 2 GiB", pack(map("v", 1, "t", "err", "id", 1,
            "m", new Frames.Raw("db7fffffff"))), "longer than 1048576 bytes"),
        bad("string longer than the frame", pack(map("v", 1, "t", "err", "id", 1,
            "m", new Frames.Raw("da0400"))), "truncated frame"),
        bad("map of 2^31 entries", hex("df7fffffff"), "truncated frame"),
        bad("map of 2^32 entries", hex("dfffffffff"), "malformed msgpack"),
        bad("reserved format byte", pack(map("v", 1, "t", "hb", "zz", new Frames.Raw("c1"))),
            "malformed msgpack"),
        bad("ready with negative capacity", pack(map("v", 1, "t", "ready", "w", "w",
            "b", "b", "cap", -1)), "must not be negative"),
        bad("capacity beyond int32", pack(map("v", 1, "t", "ready", "w", "w", "b", "b",
            "cap", 1L << 40)), "out of the 32-bit signed range"),
        bad("result status unknown", rep(map("s", "maybe", "d", true, "p", 0.5,
            "sp", List.of())), "must be ok, expired or degraded"),
        bad("confidence above one", rep(map("s", "ok", "d", true, "p", 1.5, "sp", List.of())),
            "within [0, 1]"),
        bad("confidence NaN", rep(map("s", "ok", "d", true, "p", Double.NaN, "sp", List.of())),
            "within [0, 1]"),
        bad("result without spans", rep(map("s", "ok", "d", true, "p", 0.5)),
            "missing required key r[].sp"),
        bad("span ends before it starts", rep(map("s", "ok", "d", true, "p", 0.5,
            "sp", List.of(map("s", 5, "e", 4, "r", "R", "n", "N")))), "0 <= s <= e"),
        bad("error without code", pack(map("v", 1, "t", "err", "id", 1, "m", "x")),
            "missing required key cd"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void decode_ofMalformedFrame_throwsProtocolExceptionNamingTheRule(String name, byte[] frame,
      String rule) {
    assertThatThrownBy(() -> MessageCodec.decode(frame))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining(rule)
        .satisfies(e -> assertThat(((ProtocolException) e).code()).isEqualTo("BAD_REQUEST"));
  }

  @Test
  void decode_ofNewerVersion_isUnsupportedVersion() {
    assertThatThrownBy(() -> MessageCodec.decode(pack(map("v", 2, "t", "hb"))))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("unsupported version 2")
        .satisfies(e -> assertThat(((ProtocolException) e).code())
            .isEqualTo(ProtocolException.UNSUPPORTED_VERSION));
  }

  @Test
  void decode_ofBadItem_carriesTheRequestIdAndNeverTheContent() {
    String secret = "123-45-6789";
    byte[] frame = pack(map("v", 1, "t", "req", "id", 42, "dl", 1,
        "it", List.of(map("c", secret, "k", secret))));

    assertThatThrownBy(() -> MessageCodec.decode(frame))
        .isInstanceOf(ProtocolException.class)
        .satisfies(e -> {
          assertThat(((ProtocolException) e).requestId()).hasValue(42);
          assertThat(e.getMessage()).doesNotContain(secret);
        });
  }

  @Test
  void decode_ofHeartbeatWithoutId_hasNoRequestId() {
    assertThatThrownBy(() -> MessageCodec.decode(pack(map("v", 1))))
        .isInstanceOf(ProtocolException.class)
        .satisfies(e -> assertThat(((ProtocolException) e).requestId()).isEmpty());
  }

  @Test
  void encode_ofNullRequiredField_isRejected() {
    assertThatThrownBy(() -> MessageCodec.encode(new Message.Error(1, null, "m")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cd");
  }

  private static Arguments bad(String name, byte[] frame, String rule) {
    return Arguments.of(name, frame, rule);
  }

  private static byte[] req(Object item) {
    return pack(map("v", 1, "t", "req", "id", 1, "dl", 1, "it", List.of(item)));
  }

  private static byte[] rep(Object result) {
    return pack(map("v", 1, "t", "rep", "id", 1, "b", "embedded", "r", List.of(result)));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
