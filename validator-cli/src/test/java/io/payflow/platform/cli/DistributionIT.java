package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release as a user installs it: the archive unpacked in an empty directory, {@code
 * bin/payflow} run from there on a topology and a plan, with nothing of this checkout on its path.
 */
class DistributionIT {
  @TempDir static Path home;
  private static Path payflow;

  record Run(int exit, String out, String err) {}

  @BeforeAll
  static void install() throws Exception {
    Path archive = fileNamed(Cli.ROOT.resolve("validator-cli/target"), "payflow-.*\\.tar\\.gz");
    Process tar =
        new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", home.toString())
            .inheritIO()
            .start();
    assertThat(tar.waitFor()).isZero();
    try (Stream<Path> dirs = Files.list(home)) {
      payflow = dirs.findFirst().orElseThrow().resolve("bin/payflow");
    }
  }

  /** The file of {@code dir} whose name matches {@code pattern}. */
  private static Path fileNamed(Path dir, String pattern) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(p -> p.getFileName().toString().matches(pattern))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no " + pattern + " in " + dir));
    }
  }

  private static Run run(String... args) throws IOException, InterruptedException {
    return runWith("", args);
  }

  /** As {@link #run}, with more JVM options in {@code PAYFLOW_JAVA_OPTS}. */
  private static Run runWith(String javaOpts, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(payflow.toString()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(home, "out", ".txt");
    Path err = Files.createTempFile(home, "err", ".txt");
    ProcessBuilder builder = new ProcessBuilder(command);
    // Dated rules give the same answers whatever day the test runs.
    builder
        .environment()
        .put("PAYFLOW_JAVA_OPTS", ("-Dpayflow.today=2026-11-27 " + javaOpts).strip());
    builder.environment().put("PAYFLOW_CACHE_DIR", home.resolve("cache").toString());
    Process p =
        builder
            .directory(home.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void theArchiveHoldsTheLauncherTheLibrariesAndTheLicence() throws Exception {
    Path root = payflow.getParent().getParent();
    assertThat(Files.isExecutable(payflow)).isTrue();
    assertThat(root.resolve("LICENSE")).exists();
    assertThat(root.resolve("lib/payflow.jar")).exists();
  }

  /**
   * The launcher's class path (lib/classpath) names every library of the release once, in the
   * build's order, with the ones only {@code payflow synth} needs last: a class lookup opens jars
   * in that order, and opening the AWS provider alone costs the pre-commit path about 40 ms.
   */
  @Test
  void theClassPathNamesEveryLibraryWithSynthsLast() throws Exception {
    Path lib = payflow.getParent().getParent().resolve("lib");
    List<String> classPath = launcherClassPath(lib);
    List<String> jars;
    try (Stream<Path> files = Files.list(lib)) {
      jars =
          files
              .map(p -> "lib/" + p.getFileName())
              .filter(n -> n.endsWith(".jar") && !n.equals("lib/payflow.jar"))
              .toList();
    }
    assertThat(classPath).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(jars);
    int lastOfValidate =
        java.util.stream.IntStream.range(0, classPath.size())
            .filter(i -> classPath.get(i).matches("lib/(picocli|jackson-core|snakeyaml)-.*"))
            .max()
            .orElseThrow();
    int firstOfSynth =
        java.util.stream.IntStream.range(0, classPath.size())
            .filter(
                i -> classPath.get(i).matches("lib/(iac|cdktf|cdktf-provider-aws|jsii-runtime)-.*"))
            .min()
            .orElseThrow();
    assertThat(firstOfSynth).as(String.join(" ", classPath)).isGreaterThan(lastOfValidate);
  }

  /** The release's lib/classpath: the launcher's class path after lib/payflow.jar. */
  private static List<String> launcherClassPath(Path lib) throws IOException {
    return List.of(
        Files.readString(lib.resolve("classpath"), StandardCharsets.UTF_8).strip().split(":"));
  }

  /**
   * The release's jar names its libraries as they lie beside it in lib/, in the launcher's order:
   * {@code java -jar lib/payflow.jar} starts it, and no run looks for jars that are not there.
   */
  @Test
  void theReleaseJarsManifestNamesItsSiblingsAndJavaJarStartsIt() throws Exception {
    Path lib = payflow.getParent().getParent().resolve("lib");
    List<String> classPath = launcherClassPath(lib);
    String manifestClassPath;
    try (java.util.jar.JarFile jar =
        new java.util.jar.JarFile(lib.resolve("payflow.jar").toFile())) {
      manifestClassPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
    }
    assertThat(List.of(manifestClassPath.strip().split(" ")))
        .containsExactlyElementsOf(
            classPath.stream().map(j -> j.substring("lib/".length())).toList());
    Process java =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                lib.resolve("payflow.jar").toString(),
                "--version")
            .redirectErrorStream(true)
            .start();
    String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(java.exitValue()).as(out).isZero();
    assertThat(out).startsWith("payflow ");
  }

  /**
   * The release's picocli is rewritten as Java 8 class files at build time (so that the start-up
   * cache takes it); help, completion and a mistyped command load most of its classes, which the
   * JVM verifies, and still behave as picocli's own.
   */
  @Test
  void picocliIsJava8ClassFilesAndStillParsesHelpsAndCompletes() throws Exception {
    Path lib = payflow.getParent().getParent().resolve("lib");
    Path picocli = fileNamed(lib, "picocli-[0-9.]+\\.jar");
    try (java.util.jar.JarFile jar = new java.util.jar.JarFile(picocli.toFile())) {
      byte[] header = jar.getInputStream(jar.getEntry("picocli/CommandLine.class")).readNBytes(8);
      assertThat(((header[6] & 0xff) << 8) | (header[7] & 0xff))
          .as("class file major")
          .isEqualTo(52);
    }
    Run help = run("--help");
    assertThat(help.exit()).as(help.err()).isZero();
    assertThat(help.out()).contains("validate").contains("synth").contains("--version");
    Run completion = run("generate-completion");
    assertThat(completion.exit()).as(completion.err()).isZero();
    assertThat(completion.out()).contains("complete -F");
    Run typo = run("valdate", "x.yaml");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("Unmatched arguments").contains("payflow --help");
  }

  @Test
  void versionNamesTheReleaseAndItsCommit() throws Exception {
    Run run = run("--version");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).matches("payflow \\S+ \\(commit \\S+\\)\\n");
  }

  @Test
  void validatesATopologyFromAnEmptyDirectory() throws Exception {
    Path topology = Files.copy(Cli.ROOT.resolve("examples/broken.yaml"), home.resolve("t.yaml"));
    Files.writeString(home.resolve(".payflow.yaml"), "# defaults\n");
    Run run = run("validate", topology.getFileName().toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    assertThat(run.out()).contains("PF-NET-001").contains("FAILED: 12 findings");
  }

  @Test
  void validatesAPlanFromAnEmptyDirectory() throws Exception {
    Path plan =
        Files.writeString(
            home.resolve("plan.json"),
            "{\"format_version\":\"1.2\",\"resource_changes\":[{\"address\":\"aws_vpc.a\",\"mode\":\"managed\",\"type\":\"aws_vpc\",\"change\":{\"actions\":[\"create\"],\"after\":{\"cidr_block\":\"10.1.0.0/16\"}}}]}");
    Run run = run("validate", plan.getFileName().toString(), "--format", "json");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("\"passed\" : true");
  }

  /**
   * The launcher's JVM options by what the command line names: C1 compiles later for `validate` of
   * topologies only (not for plans, check or synth), the serial collector serves one input, the
   * parallel one a file of 4 MB and more, G1 several, and no run writes a performance-counter file.
   */
  @Test
  void theLauncherTunesTheJvmByItsInputs() throws Exception {
    Path topology = Files.copy(Cli.ROOT.resolve("examples/payflow.yaml"), home.resolve("f1.yaml"));
    Files.copy(topology, home.resolve("f2.yml"));
    Files.writeString(
        home.resolve("f3.json"), "{\"format_version\":\"1.2\",\"resource_changes\":[]}");
    String flags = "-XX:+PrintCommandLineFlags";
    assertThat(runWith(flags, "validate", "f1.yaml").out())
        .contains("-XX:CompileThresholdScaling=4")
        .contains("-XX:-UsePerfData")
        .contains("-XX:+UseSerialGC");
    assertThat(runWith(flags, "validate", "f1.yaml", "f2.yml").out())
        .contains("-XX:CompileThresholdScaling=4")
        .contains("-XX:+UseG1GC");
    assertThat(runWith(flags, "validate", "f3.json").out())
        .doesNotContain("CompileThresholdScaling")
        .contains("-XX:+UseSerialGC");
    // One file of 4 MB and more: a large plan, collected on both cores.
    Files.writeString(
        home.resolve("f4.json"),
        "{\"format_version\":\"1.2\",\"resource_changes\":[]}" + " ".repeat(4 << 20));
    assertThat(runWith(flags, "validate", "f4.json").out()).contains("-XX:+UseParallelGC");
    assertThat(runWith(flags, "validate", "f4.json", "f3.json").out()).contains("-XX:+UseG1GC");
    assertThat(runWith(flags, "validate", "f1.yaml", "f3.json").out())
        .doesNotContain("CompileThresholdScaling");
    assertThat(runWith(flags, "synth", "f1.yaml", "--help").out())
        .doesNotContain("CompileThresholdScaling");
    assertThat(runWith(flags, "check", "f1.yaml", "--help").out())
        .doesNotContain("CompileThresholdScaling");
  }

  /**
   * The first run starts a training run in the background; once it has written the start-up cache
   * (an archive on Java 17-24, an AOT cache on 25+), runs map it in and print exactly what they
   * printed without it, with nothing on stderr. The training takes the pre-commit path with the
   * release's generated plan beside it, so that a plan's classes are in the cache too.
   */
  @Test
  void theStartUpCacheIsRecordedOnceAndChangesNothingButTime() throws Exception {
    Path topology = Files.copy(Cli.ROOT.resolve("examples/payflow.yaml"), home.resolve("ok.yaml"));
    Run first = run("validate", topology.getFileName().toString(), "--format", "json");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).isEmpty();
    Path cacheDir = home.resolve("cache");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (cacheFiles(cacheDir).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(250);
    }
    assertThat(cacheFiles(cacheDir)).singleElement().asString().matches(".*-jdk\\d+\\.(jsa|aot)");
    Run cached = run("validate", topology.getFileName().toString(), "--format", "json");
    assertThat(cached.exit()).isZero();
    assertThat(cached.err()).isEmpty();
    assertThat(cached.out()).isEqualTo(first.out());
    // Trained on the plan the release carries too: a plan's reader comes from the cache, not
    // from its jar.
    Path plan = payflow.getParent().resolveSibling("share/training-plan.json");
    assertThat(plan).isRegularFile();
    Run planRun = runWith("-Xlog:class+load=info", "validate", plan.toString(), "--format", "json");
    assertThat(planRun.exit()).as(planRun.err()).isIn(0, 1);
    assertThat(planRun.out())
        .containsPattern("policies\\.internal\\.PlanReader source: shared objects file");
  }

  private static List<String> cacheFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".jsa") || n.endsWith(".aot"))
          .filter(n -> !n.matches(".*\\.\\d+\\.aot"))
          .toList();
    }
  }
}
