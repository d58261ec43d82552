package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.ExitCode;
import io.payflow.platform.policies.PolicyEvaluationException;
import io.payflow.platform.topology.DependencyCycleException;
import io.payflow.platform.topology.TopologyLoadException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * The one mapping from a failure to an exit code and one line on stderr: input errors are exit 2
 * (the file and the fix), an evaluation that fails is exit 3, and anything else is a bug in the
 * tool: exit 3, "internal error", never blamed on the input. Stack traces only with --debug.
 */
final class Failures {
  private Failures() {}

  static int exitCodeOf(Throwable e) {
    return isInputError(e) ? ExitCode.INPUT_ERROR.code() : ExitCode.EVALUATION_ERROR.code();
  }

  private static boolean isInputError(Throwable e) {
    return e instanceof UserError
        || e instanceof io.payflow.platform.policies.InputException
        || e instanceof TopologyLoadException
        || e instanceof DependencyCycleException;
  }

  static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    String line;
    if (isInputError(e)) {
      line = "payflow: error: " + e.getMessage();
    } else if (e instanceof PolicyEvaluationException) {
      line = "payflow: evaluation error: " + e.getMessage() + " (nothing was checked: not a pass)";
    } else {
      line =
          "payflow: internal error: the check could not complete (a bug in payflow, not in your"
              + " input; rerun with --debug and report the trace)";
    }
    err.println(Printable.line(line));
    if (debugRequested(parseResult)) {
      DebugTrace.print(e, err);
    }
    err.flush();
    return exitCodeOf(e);
  }

  static int handleUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println(Printable.line("payflow: usage: " + e.getMessage()));
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
    if (Arrays.asList(args).contains("--debug")) {
      DebugTrace.print(e, err);
    }
    err.flush();
    return ExitCode.INPUT_ERROR.code();
  }

  private static boolean debugRequested(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult r = parseResult; r != null; r = r.subcommand()) {
      if (r.originalArgs().contains("--debug")) {
        return true;
      }
    }
    return false;
  }
}
