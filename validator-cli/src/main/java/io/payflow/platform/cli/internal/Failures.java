package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.ExitCode;
import io.payflow.platform.topology.DependencyCycleException;
import io.payflow.platform.topology.TopologyLoadException;
import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;

/**
 * Maps every failure to an exit code and one line on stderr. Stack traces only with --debug,
 * because a pre-commit hook user needs the file and the fix, not the call chain.
 */
final class Failures {
  private Failures() {}

  static int exitCodeOf(Throwable e) {
    return code(e).code();
  }

  private static ExitCode code(Throwable e) {
    if (e instanceof TopologyLoadException
        || e instanceof InputException
        || e instanceof DependencyCycleException) {
      return ExitCode.INPUT_ERROR;
    }
    if (e.getClass().getSimpleName().equals("PolicyEvaluationException")) {
      return ExitCode.EVALUATION_ERROR;
    }
    return ExitCode.EVALUATION_ERROR;
  }

  private static boolean isInputError(Throwable e) {
    return e instanceof TopologyLoadException
        || e instanceof InputException
        || e instanceof io.payflow.platform.policies.InputException
        || e instanceof DependencyCycleException;
  }

  static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    PrintWriter err = commandLine.getErr();
    ExitCode code = code(e);
    String kind = code == ExitCode.INPUT_ERROR ? "error" : "evaluation error";
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (!(e instanceof TopologyLoadException
        || e instanceof InputException
        || e instanceof DependencyCycleException)) {
      message = message + " (" + e.getClass().getSimpleName() + "; rerun with --debug for details)";
    }
    err.println("payflow: " + kind + ": " + message);
    if (debugRequested(parseResult)) {
      e.printStackTrace(err);
    }
    err.flush();
    return code.code();
  }

  static int handleUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("payflow: usage: " + e.getMessage());
    err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help'.");
    if (Arrays.asList(args).contains("--debug")) {
      e.printStackTrace(err);
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
