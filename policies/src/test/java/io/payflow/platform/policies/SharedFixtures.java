package io.payflow.platform.policies;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * {@code ../shared/fixtures/real-world} beside the checkout. A user's clone has no {@code
 * ../shared}: the tests that read it are skipped there, with a message. CI sets {@code
 * PAYFLOW_REQUIRE_SHARED=1} (in {@code .ci/run}), and then a missing directory fails the build.
 */
public final class SharedFixtures {
  private SharedFixtures() {}

  public static Path realWorld() {
    Path root = Paths.locate("examples/payflow.yaml").getParent().getParent();
    Path fixtures = root.resolveSibling("shared").resolve("fixtures/real-world");
    if (Files.isDirectory(fixtures)) {
      return fixtures;
    }
    String message =
        "real-world fixtures not found at "
            + fixtures
            + " (../shared beside the checkout); these tests read them";
    if ("1".equals(System.getenv("PAYFLOW_REQUIRE_SHARED"))) {
      throw new IllegalStateException(message + ", and PAYFLOW_REQUIRE_SHARED=1 requires them");
    }
    System.err.println("SKIPPED: " + message);
    Assumptions.abort(message + ": skipped");
    return fixtures;
  }
}
