package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.ExitCode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code payflow}: the root command; every real action is a subcommand. */
@Command(
    name = "payflow",
    mixinStandardHelpOptions = true,
    // --help and --version on every subcommand too.
    scope = CommandLine.ScopeType.INHERIT,
    description = "Validate, price and synthesize the PayFlow hub-and-spoke AWS estate.")
public final class RootCommand implements Runnable {
  /** The subcommands, in the order help lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
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
          CommandLine.HelpCommand.class);

  /** The subcommand a pre-commit hook and a CI gate run, whose model is built by hand. */
  static final String VALIDATE = "validate";

  /** Commands that describe the whole command tree, so they need every subcommand's model. */
  private static final Set<Class<?>> WHOLE_TREE =
      Set.of(picocli.AutoComplete.GenerateCompletion.class, CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
  }

  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = commandLine(out, err, args);
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

  /** The command tree for one command line, wired to the exit codes of {@link Failures}. */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine =
        args.length > 0 && args[0].equals(VALIDATE) ? ValidateModel.commandLine() : annotated(args);
    // Given once the tree is built: picocli asks a provider for the version when it copies a
    // command's attributes to a subcommand, and this one reads the stamp only when printed.
    withVersion(commandLine, new VersionProvider());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(Failures::exitCodeOf);
    commandLine.setExecutionExceptionHandler(Failures::handle);
    commandLine.setParameterExceptionHandler(Failures::handleUsage);
    commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.INPUT_ERROR.code());
    return commandLine;
  }

  /** The command tree as picocli builds it from the annotations (see {@link ValidateModel}). */
  static CommandLine annotated(String... args) {
    CommandLine commandLine = new CommandLine(new RootCommand());
    addSubcommands(commandLine, args);
    return commandLine;
  }

  private static void withVersion(CommandLine command, VersionProvider provider) {
    command.getCommandSpec().versionProvider(provider);
    command.getSubcommands().values().forEach(sub -> withVersion(sub, provider));
  }

  /**
   * Picocli builds a command's model by reflection, about 0.1 s for all of them on a cold JVM: a
   * command line that names one subcommand gets only that one (a pre-commit hook runs {@code
   * validate} on every commit). Anything else (no subcommand, a typo, help, completion) gets all.
   */
  private static void addSubcommands(CommandLine commandLine, String... args) {
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (args.length > 0
          && !WHOLE_TREE.contains(subcommand)
          && subcommand.getAnnotation(Command.class).name().equals(args[0])) {
        commandLine.addSubcommand(subcommand);
        return;
      }
    }
    SUBCOMMANDS.forEach(commandLine::addSubcommand);
  }
}
