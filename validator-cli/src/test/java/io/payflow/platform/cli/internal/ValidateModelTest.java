package io.payflow.platform.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The hand-built model of {@code payflow validate} is the one picocli builds from the annotations:
 * the same options with every attribute, the same help, and the same values (or the same error) for
 * every command line below. An option added to the annotations and not to the model, or given
 * another label, default, arity or converter, fails here.
 */
class ValidateModelTest {
  private static final String[][] COMMAND_LINES = {
    {"validate", "a.yaml"},
    {"validate", "a.yaml", "b.json", "dir/"},
    {"validate", "--format", "json", "a.yaml"},
    {"validate", "--format=sarif", "-o", "out.sarif", "a.yaml"},
    {"validate", "--output=r.txt", "--skip-unknown", "--debug", "--no-color", "a.yaml"},
    {"validate", "--fail-on", "none", "--root", "repo", "--today", "2027-01-31", "a.yaml"},
    {"validate", "--policy-bundle", "b1.tar.gz", "--policy-bundle=b2.tar.gz", "a.yaml"},
    {"validate", "--config", ".payflow.yaml", "--", "--format"},
    {"validate", "--fail-on", "medium", "a.yaml", "--format", "github"},
    {"validate"},
    {"validate", "--format", "yaml", "a.yaml"},
    {"validate", "--format", "json", "--format", "text", "a.yaml"},
    {"validate", "--fail-on", "severe", "a.yaml"},
    {"validate", "--today", "31/01/2027", "a.yaml"},
    {"validate", "--bogus", "a.yaml"},
    {"validate", "-o"},
    {"validate", "--skip-unknown=false", "a.yaml"},
    {"validate", "--help"},
    {"validate", "-hV"},
    {"validate", "--version", "a.yaml"},
    {"--help", "validate"},
    {"validate", "--formt", "json", "a.yaml"},
    {"validate", "a.yaml", "--format"},
    {"validate", "-oreport.txt", "a.yaml"},
    {"validate", "@args.txt"},
  };

  @Test
  void sameOptionsWithEveryAttribute() {
    CommandLine annotated = RootCommand.annotated("validate");
    CommandLine model = ValidateModel.commandLine();
    assertThat(describe(model.getCommandSpec())).isEqualTo(describe(annotated.getCommandSpec()));
    assertThat(describe(validate(model).getCommandSpec()))
        .isEqualTo(describe(validate(annotated).getCommandSpec()));
  }

  @Test
  void sameHelp() {
    assertThat(validate(ValidateModel.commandLine()).getUsageMessage(CommandLine.Help.Ansi.OFF))
        .isEqualTo(
            validate(RootCommand.annotated("validate")).getUsageMessage(CommandLine.Help.Ansi.OFF))
        .contains("--policy-bundle=FILE", "--format=<format>", "(default: text)");
  }

  @Test
  void sameValuesOrErrorForEveryCommandLine() {
    for (String[] args : COMMAND_LINES) {
      assertThat(parse(ValidateModel.commandLine(), args))
          .as(String.join(" ", args))
          .isEqualTo(parse(RootCommand.annotated(args), args));
    }
  }

  @Test
  void theComparisonSeesADifference() {
    assertThat(parse(ValidateModel.commandLine(), "validate", "--format", "json", "a.yaml"))
        .isNotEqualTo(parse(ValidateModel.commandLine(), "validate", "a.yaml"));
    CommandLine model = ValidateModel.commandLine();
    validate(model).getCommandSpec().addOption(OptionSpec.builder("--extra").build());
    assertThat(describe(validate(model).getCommandSpec()))
        .isNotEqualTo(describe(validate(ValidateModel.commandLine()).getCommandSpec()));
  }

  private static CommandLine validate(CommandLine root) {
    return root.getSubcommands().get("validate");
  }

  /** What the parse left in the command's fields, or the error it gave. */
  private static String parse(CommandLine root, String... args) {
    try {
      CommandLine.ParseResult result = root.parseArgs(args);
      StringBuilder out = new StringBuilder();
      for (CommandLine.ParseResult r = result; r != null; r = r.subcommand()) {
        out.append(r.commandSpec().name())
            .append(" help=")
            .append(r.isUsageHelpRequested())
            .append(" version=")
            .append(r.isVersionHelpRequested())
            .append('\n');
      }
      ValidateCommand command = validate(root).getCommand();
      return out.append(
              List.of(
                  String.valueOf(command.paths),
                  String.valueOf(command.format),
                  String.valueOf(command.output),
                  command.skipUnknown,
                  command.common.debug,
                  command.common.noColor,
                  String.valueOf(command.gate.failOn),
                  String.valueOf(command.gate.root),
                  String.valueOf(command.gate.today),
                  String.valueOf(command.gate.bundles),
                  String.valueOf(command.gate.config)))
          .toString();
    } catch (CommandLine.ParameterException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  /** A command's attributes and its arguments' attributes, in a comparable form. */
  private static Map<String, Object> describe(CommandSpec spec) {
    Map<String, Object> out = new TreeMap<>();
    out.put("name", spec.name());
    out.put("qualified name", spec.qualifiedName());
    out.put("aliases", Arrays.asList(spec.aliases()));
    out.put("description", Arrays.asList(spec.usageMessage().description()));
    out.put("parser", spec.parser().toString());
    out.put("scope", String.valueOf(spec.scopeType()));
    out.put("exit codes", List.of(spec.exitCodeOnInvalidInput(), spec.exitCodeOnSuccess()));
    out.put("subcommands", List.copyOf(spec.subcommands().keySet()));
    List<Object> options = new ArrayList<>();
    spec.options().stream()
        .sorted(Comparator.comparing(OptionSpec::longestName))
        .forEach(
            o ->
                options.add(
                    List.of(
                        describe(o),
                        Arrays.asList(o.names()),
                        o.usageHelp(),
                        o.versionHelp(),
                        o.negatable(),
                        o.order(),
                        String.valueOf(o.scopeType()),
                        o.inherited())));
    out.put("options", options);
    List<Object> positionals = new ArrayList<>();
    spec.positionalParameters().forEach(p -> positionals.add(List.of(describe(p), p.index())));
    out.put("positionals", positionals.toString());
    return out;
  }

  private static String describe(ArgSpec arg) {
    return String.join(
        " | ",
        arg.paramLabel(),
        String.valueOf(arg.arity()),
        arg.type().getName(),
        Arrays.toString(arg.auxiliaryTypes()),
        Arrays.toString(arg.description()),
        String.valueOf(arg.defaultValue()),
        String.valueOf(arg.initialValue()),
        String.valueOf(arg.required()),
        String.valueOf(arg.hidden()),
        String.valueOf(arg.splitRegex()),
        String.valueOf(arg.interactive()),
        Arrays.stream(arg.converters()).map(c -> c.getClass().getName()).toList().toString(),
        String.valueOf(arg.completionCandidates() == null ? null : arg.completionCandidates()));
  }
}
