package dev.convene.core;

/**
 * Thrown when something does not exist, or when the actor may not know that it exists. The two cases
 * are deliberately indistinguishable, so that the answer itself leaks nothing.
 */
public class NotFoundException extends ConveneException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; the message must read the same whether the thing exists or not. */
  public NotFoundException(String message) {
    super(message);
  }
}
