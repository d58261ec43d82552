package io.payflow.platform.policies;

/** The policies could not be evaluated. Never a pass: the CLI exits 3. */
public final class PolicyEvaluationException extends Exception {
  private static final long serialVersionUID = 1L;

  public PolicyEvaluationException(String message, Throwable cause) {
    super(io.payflow.platform.topology.ParseMessages.oneLine(message), cause);
  }
}
