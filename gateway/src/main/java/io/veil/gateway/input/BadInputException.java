package io.veil.gateway.input;

/**
 * A request that breaks an input rule. Carries the HTTP status, a stable code, a message naming
 * the rule, and the JSON path of the field; never any content of the request.
 */
public final class BadInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;
  private final String field;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status to answer with (400, 401, 413, ...)
   * @param code a stable machine-readable code such as {@code malformed_json}
   * @param message what rule was broken, without content
   * @param field the JSON path of the offending field, or null when it is the whole body
   */
  public BadInputException(int status, String code, String message, String field) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  /** A 400 error. */
  public static BadInputException badRequest(String code, String message, String field) {
    return new BadInputException(400, code, message, field);
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public String field() {
    return field;
  }
}
