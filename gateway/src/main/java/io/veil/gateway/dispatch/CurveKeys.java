package io.veil.gateway.dispatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.zeromq.ZMQ;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import zmq.io.mechanism.curve.Curve;
import zmq.util.Z85;

/**
 * CURVE keys for the gateway-to-worker link: generation (this class's {@code main} writes a
 * keypair as two Z85 files) and loading with validation, shared by the gateway and the worker.
 *
 * <p>Files: {@code NAME.pub} holds the 40-character Z85 public key on one line, {@code NAME.secret}
 * the secret key, readable by its owner only. A worker binds with its secret key; gateways name
 * the worker's public key in the inventory ({@code curve_server_key} or
 * {@code curve_server_key_file}).
 *
 * <p>Run: {@code java -cp veil-gateway.jar io.veil.gateway.dispatch.CurveKeys --dir deploy/keys
 * --name worker-1}.
 */
@Command(name = "veil-curve-keys", mixinStandardHelpOptions = true,
    description = "Writes a ZeroMQ CURVE keypair as NAME.pub and NAME.secret (Z85).")
public final class CurveKeys implements Callable<Integer> {

  /** Length of a Z85-encoded 32-byte CURVE key. */
  public static final int Z85_KEY_LENGTH = 40;
  private static final Pattern Z85_KEY =
      Pattern.compile("[0-9a-zA-Z.\\-:+=^!/*?&<>()\\[\\]{}@%$#]{40}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Option(names = "--dir", required = true, description = "Directory to write the key files to.")
  private Path dir;

  @Option(names = "--name", required = true, description = "Base name of the key files.")
  private String name;

  @Option(names = "--force", description = "Overwrite existing files.")
  private boolean force;

  /**
   * A CURVE keypair; {@code toString} never shows the secret key.
   *
   * @param publicKey the 32-byte public key
   * @param secretKey the 32-byte secret key
   */
  public record KeyPair(byte[] publicKey, byte[] secretKey) {

    /** Validates both keys' lengths. */
    public KeyPair {
      requireKeyLength("publicKey", publicKey);
      requireKeyLength("secretKey", secretKey);
      publicKey = publicKey.clone();
      secretKey = secretKey.clone();
    }

    @Override
    public byte[] publicKey() {
      return publicKey.clone();
    }

    @Override
    public byte[] secretKey() {
      return secretKey.clone();
    }

    /** The public key in Z85. */
    public String publicZ85() {
      return Z85.encode(publicKey, publicKey.length);
    }

    @Override
    public String toString() {
      return "KeyPair[public=" + publicZ85() + ", secret=<hidden>]";
    }
  }

  /** Generates a fresh keypair. */
  public static KeyPair generate() {
    byte[][] pair = new Curve().keypair();
    return new KeyPair(pair[0], pair[1]);
  }

  /**
   * Decodes a Z85 key.
   *
   * @param what names the key in the error (a key name or file path, never the value)
   * @throws IllegalArgumentException when it is not 40 Z85 characters
   */
  public static byte[] decode(String z85, String what) {
    String trimmed = z85 == null ? "" : z85.strip();
    if (!Z85_KEY.matcher(trimmed).matches()) {
      throw new IllegalArgumentException(what + " must be a " + Z85_KEY_LENGTH
          + "-character Z85 CURVE key");
    }
    return Z85.decode(trimmed);
  }

  /** Reads a key file holding one Z85 key (surrounding whitespace ignored). */
  public static byte[] readKey(Path file) throws IOException {
    return decode(Files.readString(file, StandardCharsets.US_ASCII), "key file " + file);
  }

  /** Reads the keypair written by {@link #write} as {@code dir/name.pub} and {@code .secret}. */
  public static KeyPair readPair(Path dir, String name) throws IOException {
    return new KeyPair(readKey(dir.resolve(name + ".pub")), readKey(dir.resolve(name + ".secret")));
  }

  /** Writes {@code dir/name.pub} and {@code dir/name.secret} (owner-only where POSIX). */
  public static void write(KeyPair pair, Path dir, String name, boolean overwrite)
      throws IOException {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("name must match " + NAME.pattern());
    }
    Files.createDirectories(dir);
    Path pub = dir.resolve(name + ".pub");
    Path secret = dir.resolve(name + ".secret");
    for (Path p : new Path[] {pub, secret}) {
      if (!overwrite && Files.exists(p)) {
        throw new FileAlreadyExistsException(p.toString());
      }
    }
    Files.writeString(pub, pair.publicZ85() + "\n", StandardCharsets.US_ASCII);
    Files.deleteIfExists(secret);
    Files.createFile(secret);
    try {
      Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException notPosix) {
      // Non-POSIX file systems keep their default permissions.
    }
    byte[] raw = pair.secretKey();
    Files.writeString(secret, Z85.encode(raw, raw.length) + "\n", StandardCharsets.US_ASCII);
  }

  /**
   * Makes {@code socket} (a DEALER, before it connects) a CURVE client of the server whose public
   * key is {@code serverPublicKey}: the link is encrypted and the server is authenticated.
   */
  public static void applyClient(ZMQ.Socket socket, KeyPair client, byte[] serverPublicKey) {
    requireKeyLength("serverPublicKey", serverPublicKey);
    socket.setCurveServerKey(serverPublicKey);
    socket.setCurvePublicKey(client.publicKey());
    socket.setCurveSecretKey(client.secretKey());
  }

  /**
   * Makes {@code socket} (a worker's ROUTER, before it binds) a CURVE server: it accepts only
   * clients that know its public key, and only encrypted traffic.
   */
  public static void applyServer(ZMQ.Socket socket, KeyPair server) {
    socket.setCurveServer(true);
    socket.setCurvePublicKey(server.publicKey());
    socket.setCurveSecretKey(server.secretKey());
  }

  private static void requireKeyLength(String what, byte[] key) {
    if (key == null || key.length != 32) {
      throw new IllegalArgumentException(what + " must be 32 bytes");
    }
  }

  @Override
  public Integer call() throws IOException {
    write(generate(), dir, name, force);
    System.out.println("wrote " + dir.resolve(name + ".pub") + " and " + name + ".secret");
    return 0;
  }

  /** Command-line entry point. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new CurveKeys()).execute(args));
  }
}
