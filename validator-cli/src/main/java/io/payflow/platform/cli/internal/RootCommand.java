package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.ExitCode;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code payflow}: the root command; every real action is a subcommand. */
@Command(
    name = "payflow",
    mixinStandardHelpOptions = true,
    // --help and --version on every subcommand too.
    scope = CommandLine.ScopeType.INHERIT,
    versionProvider = VersionProvider.class,
    description = "Validate, price and synthesize the PayFlow hub-and-spoke AWS estate.",
    subcommands = {
      CheckCommand.class,
      ValidateCommand.class,
      CostCommand.class,
      OrderCommand.class,
      RulesCommand.class,
      ExplainCommand.class,
      InitCommand.class,
      SynthCommand.class,
      FactsCommand.class,
      ReportCommand.class,
      DiagramCommand.class,
      picocli.AutoComplete.GenerateCompletion.class,
      CommandLine.HelpCommand.class
    })
public final class RootCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = new CommandLine(new RootCommand());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(Failures::exitCodeOf);
    commandLine.setExecutionExceptionHandler(Failures::handle);
    commandLine.setParameterExceptionHandler(Failures::handleUsage);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.INPUT_ERROR.code());
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      err.println(
          "payflow: error: the input is too large to check within the memory limit (the launcher"
              + " sets -Xmx; raise it with PAYFLOW_JAVA_OPTS=-Xmx4g if the input is genuine)");
      err.flush();
      return ExitCode.INPUT_ERROR.code();
    } catch (StackOverflowError e) {
      err.println(
          "payflow: internal error: the check could not complete (a bug in payflow, not in your"
              + " input; rerun with --debug and report it)");
      err.flush();
      return ExitCode.EVALUATION_ERROR.code();
    }
  }
}
