package io.veil.worker.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.zeromq.ZMQ;
import zmq.util.Z85;

/**
 * The worker's CURVE keypair: with it, the ROUTER is a CURVE server that accepts only clients that
 * know its public key, and only encrypted traffic. Key files hold one 40-character Z85 key each, as
 * written by the gateway's key generator ({@code io.veil.gateway.dispatch.CurveKeys}, see {@code
 * deploy/keys/README.md}). {@code toString} never shows the secret key.
 */
public final class CurveServerKeys {

  private static final Pattern Z85_KEY =
      Pattern.compile("[0-9a-zA-Z.\\-:+=^!/*?&<>()\\[\\]{}@%$#]{40}");
  private static final int KEY_BYTES = 32;

  private final byte[] publicKey;
  private final byte[] secretKey;

  private CurveServerKeys(byte[] publicKey, byte[] secretKey) {
    this.publicKey = publicKey;
    this.secretKey = secretKey;
  }

  /**
   * Reads the keypair from its two files.
   *
   * @throws IllegalArgumentException naming the file (never its content) when one cannot be read
   *     or does not hold a Z85 CURVE key
   */
  public static CurveServerKeys read(Path publicKeyFile, Path secretKeyFile) {
    return new CurveServerKeys(key(publicKeyFile), key(secretKeyFile));
  }

  private static byte[] key(Path file) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("cannot read key file " + file + " ("
          + e.getClass().getSimpleName() + ")");
    }
    if (!Z85_KEY.matcher(text).matches()) {
      throw new IllegalArgumentException("key file " + file
          + " must hold one 40-character Z85 CURVE key");
    }
    byte[] key = Z85.decode(text);
    if (key == null || key.length != KEY_BYTES) {
      throw new IllegalArgumentException("key file " + file + " must hold a 32-byte key");
    }
    return key;
  }

  /** Makes {@code router} a CURVE server; call before it binds. */
  void applyTo(ZMQ.Socket router) {
    router.setCurveServer(true);
    router.setCurvePublicKey(publicKey.clone());
    router.setCurveSecretKey(secretKey.clone());
  }

  /** The public key in Z85, which is safe to log and hand to gateways. */
  public String publicZ85() {
    return Z85.encode(publicKey, publicKey.length);
  }

  @Override
  public String toString() {
    return "CurveServerKeys[public=" + publicZ85() + ", secret=<hidden>]";
  }
}
