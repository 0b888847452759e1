package io.veil.gateway.dispatch;

/** An inventory file that is not valid. The message names the entry and key, never a value. */
public final class InventoryException extends Exception {

  private static final long serialVersionUID = 1L;

  public InventoryException(String message) {
    super(message);
  }
}
