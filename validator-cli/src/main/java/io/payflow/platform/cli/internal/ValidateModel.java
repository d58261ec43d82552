package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.FailOn;
import io.payflow.platform.cli.Format;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The {@code payflow validate} command line's model, built by hand: what picocli builds from the
 * annotations of {@link RootCommand}, {@link ValidateCommand} and their mixins, without reading an
 * annotation. Reading them made the JVM generate a proxy class for each annotation type on every
 * run (neither Java 17's class-data archive nor Java 25's AOT cache keeps one), and picocli scan
 * classes by reflection: 87-130 ms of the main thread on a pre-commit hook's path, 36 ms by hand.
 * The annotations stay the definition (help, every other command, {@code validate} after an
 * option): {@code ValidateModelTest} checks that this model has the same options with every
 * attribute, the same help, and the same values or errors for the same command lines.
 */
final class ValidateModel {
  private ValidateModel() {}

  /** The root command with {@code validate} as its only subcommand, ready to execute. */
  static CommandLine commandLine() {
    RootCommand rootCommand = new RootCommand();
    CommandSpec root = CommandSpec.wrapWithoutInspection(rootCommand);
    rootCommand.spec = root;
    root.name("payflow");
    root.usageMessage()
        .description("Validate, price and synthesize the PayFlow hub-and-spoke AWS estate.");
    // --help and --version on every subcommand too, as the annotations' INHERIT scope gives.
    root.scopeType(CommandLine.ScopeType.INHERIT);
    standardHelpOptions(root);
    CommandLine rootLine = new CommandLine(root);

    ValidateCommand validate = new ValidateCommand();
    validate.common = new CommonOptions();
    validate.gate = new GateOptions();
    CommandSpec spec = CommandSpec.wrapWithoutInspection(validate);
    validate.spec = spec;
    spec.name(RootCommand.VALIDATE);
    spec.usageMessage()
        .description(
            "Validate topologies, Terraform JSON, cdktf.out/ directories and plans against the"
                + " rules.");
    Field paths = new Field(() -> validate.paths, v -> validate.paths = cast(v));
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("PATH")
            .arity("1..*")
            .required(true)
            .type(List.class)
            .auxiliaryTypes(Path.class)
            .description("Inputs; the kind is detected from the content.")
            .getter(paths)
            .setter(paths)
            .build());
    spec.addOption(
        option(
            OptionSpec.builder("--format")
                .type(Format.class)
                .paramLabel("<format>")
                .defaultValue("text")
                .description(
                    "text, json, sarif, junit, github, markdown or html (default:"
                        + " ${DEFAULT-VALUE})."),
            () -> validate.format,
            v -> validate.format = (Format) v));
    spec.addOption(
        option(
            OptionSpec.builder("-o", "--output")
                .type(Path.class)
                .paramLabel("FILE")
                .description("Write the report to FILE instead of standard output."),
            () -> validate.output,
            v -> validate.output = (Path) v));
    spec.addOption(
        option(
            OptionSpec.builder("--skip-unknown")
                .paramLabel("<skipUnknown>")
                .type(boolean.class)
                .description(
                    "Skip, with a note, files that are not a topology, a plan or Terraform JSON (for"
                        + " hooks that pass every YAML and JSON file of a commit)."),
            () -> validate.skipUnknown,
            v -> validate.skipUnknown = (Boolean) v));
    common(spec, validate.common);
    gate(spec, validate.gate);
    // What the annotations' INHERIT scope gives each subcommand: mixinStandardHelpOptions again.
    standardHelpOptions(spec);
    rootLine.addSubcommand(RootCommand.VALIDATE, new CommandLine(spec));
    return rootLine;
  }

  private static void common(CommandSpec spec, CommonOptions common) {
    spec.addOption(
        option(
            OptionSpec.builder("--debug")
                .paramLabel("<debug>")
                .type(boolean.class)
                .description("Print stack traces of errors."),
            () -> common.debug,
            v -> common.debug = (Boolean) v));
    spec.addOption(
        option(
            OptionSpec.builder("--no-color")
                .paramLabel("<noColor>")
                .type(boolean.class)
                .description("Never colour the output."),
            () -> common.noColor,
            v -> common.noColor = (Boolean) v));
  }

  private static void gate(CommandSpec spec, GateOptions gate) {
    spec.addOption(
        option(
            OptionSpec.builder("--fail-on")
                .type(FailOn.class)
                .paramLabel("SEVERITY")
                .converters(new FailOnConverter())
                .description(
                    "Exit 1 on findings at or above this severity: critical, high, medium, low,"
                        + " info, or none to never fail (default: high, or fail_on in the config)."),
            () -> gate.failOn,
            v -> gate.failOn = (FailOn) v));
    spec.addOption(
        option(
            OptionSpec.builder("--root")
                .type(Path.class)
                .paramLabel("DIR")
                .description(
                    "Repository root that SARIF paths are relative to, and where the topology a"
                        + " synthesized stack names is found (default: the enclosing git"
                        + " checkout)."),
            () -> gate.root,
            v -> gate.root = (Path) v));
    spec.addOption(
        option(
            OptionSpec.builder("--today")
                .type(LocalDate.class)
                .paramLabel("DATE")
                .converters(new IsoDateConverter())
                .description(
                    "Judge dates (support windows, waiver expiry, catalog age) as of DATE"
                        + " (YYYY-MM-DD): will the estate still pass next quarter? Default: today"
                        + " (UTC)."),
            () -> gate.today,
            v -> gate.today = (LocalDate) v));
    spec.addOption(
        option(
            OptionSpec.builder("--policy-bundle")
                .type(List.class)
                .auxiliaryTypes(Path.class)
                .paramLabel("FILE")
                .description(
                    "A bundle of your own rules, built with `opa build -t wasm`. Repeatable."),
            () -> gate.bundles,
            v -> gate.bundles = cast(v)));
    spec.addOption(
        option(
            OptionSpec.builder("--config")
                .type(Path.class)
                .paramLabel("FILE")
                .description("Project config (default: the nearest .payflow.yaml upward)."),
            () -> gate.config,
            v -> gate.config = (Path) v));
  }

  /** The two options of picocli's {@code mixinStandardHelpOptions}. */
  private static void standardHelpOptions(CommandSpec spec) {
    Flag help = new Flag();
    Flag version = new Flag();
    spec.addOption(
        option(
            OptionSpec.builder("-h", "--help")
                .usageHelp(true)
                .paramLabel("<helpRequested>")
                .type(boolean.class)
                .description("Show this help message and exit."),
            () -> help.set,
            v -> help.set = (Boolean) v));
    spec.addOption(
        option(
            OptionSpec.builder("-V", "--version")
                .versionHelp(true)
                .paramLabel("<versionRequested>")
                .type(boolean.class)
                .description("Print version information and exit."),
            () -> version.set,
            v -> version.set = (Boolean) v));
  }

  private static final class Flag {
    boolean set;
  }

  private static OptionSpec option(
      OptionSpec.Builder builder, Supplier<Object> get, Consumer<Object> set) {
    Field field = new Field(get, set);
    // As picocli does for an annotated field: its value now is what each parse starts from.
    return builder.getter(field).setter(field).initialValue(get.get()).build();
  }

  @SuppressWarnings("unchecked")
  private static <T> T cast(Object value) {
    return (T) value;
  }

  /** A field of a command or mixin object, read and written through lambdas, not reflection. */
  private static final class Field implements IGetter, ISetter {
    private final Supplier<Object> get;
    private final Consumer<Object> set;

    Field(Supplier<Object> get, Consumer<Object> set) {
      this.get = get;
      this.set = set;
    }

    @Override
    public <T> T get() {
      return cast(get.get());
    }

    @Override
    public <T> T set(T value) {
      T old = get();
      set.accept(value);
      return old;
    }
  }
}
