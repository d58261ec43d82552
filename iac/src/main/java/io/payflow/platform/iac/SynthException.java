package io.payflow.platform.iac;

/** Synthesis could not run or could not finish; the message is one line for the user. */
public final class SynthException extends Exception {
  private static final long serialVersionUID = 1L;

  public SynthException(String message, Throwable cause) {
    super(message, cause);
  }
}
