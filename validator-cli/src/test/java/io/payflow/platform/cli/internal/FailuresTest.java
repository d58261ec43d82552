package io.payflow.platform.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.PolicyEvaluationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** One mapping from failure to exit code: input 2, evaluation 3, a bug in the tool 3, never 2. */
class FailuresTest {
  private static String[] handle(Exception e) {
    StringWriter err = new StringWriter();
    CommandLine commandLine =
        RootCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
    int code = Failures.handle(e, commandLine, commandLine.parseArgs("rules"));
    return new String[] {String.valueOf(code), err.toString()};
  }

  @Test
  void aBugInsideTheToolIsAnInternalErrorNotTheInputsFault() {
    String[] result = handle(new NullPointerException("Cannot invoke \"String.length()\""));
    assertThat(result[0]).isEqualTo("3");
    assertThat(result[1])
        .isEqualTo(
            "payflow: internal error: the check could not complete (a bug in payflow, not in your"
                + " input; rerun with --debug and report the trace)\n")
        .doesNotContain("NullPointerException");
  }

  @Test
  void inputErrorsAreExit2AndEvaluationErrorsExit3() {
    assertThat(handle(new InputException("p.json:1:2: x: wrong", null))[0]).isEqualTo("2");
    assertThat(handle(new UserError("bad", null))[0]).isEqualTo("2");
    String[] evaluation = handle(new PolicyEvaluationException("built-in: did not finish", null));
    assertThat(evaluation[0]).isEqualTo("3");
    assertThat(evaluation[1]).contains("(nothing was checked: not a pass)");
  }
}
