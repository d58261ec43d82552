package io.payflow.platform.cli;

/** What a {@code payflow} run tells its caller; CI gates and pre-commit hooks rely on these. */
public enum ExitCode {
  /** Nothing at or above the failure threshold. */
  CLEAN(0),
  /** Findings at or above {@code --fail-on}. */
  FINDINGS(1),
  /** Bad usage or bad input: a file that cannot be read as what it claims to be. */
  INPUT_ERROR(2),
  /** The policies could not be evaluated; never treated as a pass. */
  EVALUATION_ERROR(3);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
