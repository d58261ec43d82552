package io.payflow.example;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's library example is this package's {@code OwnGate}, word for word; it uses only the
 * public API, and it runs: the broken estate fails, the reference estate passes.
 */
class OwnGateTest {
  private static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("examples/payflow.yaml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found");
  }

  @Test
  void theExampleRunsAGateOnThePublicApi(@TempDir Path dir) throws Exception {
    Path config = Files.writeString(dir.resolve(".payflow.yaml"), "fail_on: high\n");
    Path sarif = dir.resolve("report.sarif");
    assertThat(OwnGate.run(config, List.of(root().resolve("examples/broken.yaml")), sarif))
        .isEqualTo(1);
    assertThat(new ObjectMapper().readTree(sarif.toFile()).at("/runs/0/results").size())
        .isEqualTo(12);
    assertThat(OwnGate.run(config, List.of(root().resolve("examples/payflow.yaml")), sarif))
        .isZero();
  }

  @Test
  void theExampleUsesOnlyPublicPackages() {
    noClasses()
        .that()
        .haveSimpleName("OwnGate")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("..internal..")
        .check(new ClassFileImporter().importPackages("io.payflow.example"));
  }

  @Test
  void theReadmeShowsTheExampleAsItIs() throws Exception {
    String source =
        Files.readString(
            root().resolve("validator-cli/src/test/java/io/payflow/example/OwnGate.java"));
    String example =
        source.substring(
            source.indexOf('\n', source.indexOf("// README: Use as a library (begin)")) + 1,
            source.indexOf("// README: Use as a library (end)"));
    assertThat(Files.readString(root().resolve("README.md"))).contains(example.strip());
  }
}
