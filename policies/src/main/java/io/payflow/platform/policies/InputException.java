package io.payflow.platform.policies;

/**
 * An input that cannot be read as what it claims to be. The message is one line naming the file,
 * the position or JSON path when known, and what is wrong; the CLI exits 2 with it.
 */
public final class InputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The message is made one printable line, whatever input text it quotes. */
  public InputException(String message, Throwable cause) {
    super(io.payflow.platform.topology.ParseMessages.oneLine(message), cause);
  }
}
