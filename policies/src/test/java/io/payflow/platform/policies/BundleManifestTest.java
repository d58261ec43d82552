package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed Wasm must be built from the committed Rego. Runs on any machine, without OPA: it
 * hashes the sources and compares them with the manifest the policy build wrote.
 */
class BundleManifestTest {
  private static final Path ROOT = Paths.locate("policies/src/main/rego");
  private static final Path BUNDLE =
      Paths.locate("policies/src/main/resources/io/payflow/platform/policies/bundle");
  private static final String FIX =
      "run tools/build-policies.sh (it installs the pinned OPA) and commit its output";

  @Test
  void manifestMatchesTheRegoSources() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(BUNDLE.resolve("manifest.json").toFile());
    Map<String, String> recorded = new TreeMap<>();
    manifest
        .path("sources")
        .fields()
        .forEachRemaining(e -> recorded.put(e.getKey(), e.getValue().asText()));
    assertThat(sourceHashes())
        .as("Rego sources changed since the bundle was built: " + FIX)
        .isEqualTo(recorded);
  }

  @Test
  void manifestMatchesTheWasmAndCapabilities() throws Exception {
    JsonNode manifest = new ObjectMapper().readTree(BUNDLE.resolve("manifest.json").toFile());
    assertThat(sha256(BUNDLE.resolve("policy.wasm")))
        .as("policy.wasm differs from its manifest: " + FIX)
        .isEqualTo(manifest.path("policy_wasm_sha256").asText());
    assertThat(sha256(Paths.locate("policies/capabilities.json")))
        .as("capabilities.json changed: " + FIX)
        .isEqualTo(manifest.path("capabilities_sha256").asText());
    assertThat(manifest.path("opa_version").asText())
        .isEqualTo(Files.readString(Paths.locate("tools/opa-version.txt")).strip().substring(1));
  }

  private static Map<String, String> sourceHashes() throws Exception {
    Map<String, String> hashes = new TreeMap<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path file :
          files
              .filter(p -> p.toString().endsWith(".rego") && !p.toString().endsWith("_test.rego"))
              .toList()) {
        hashes.put(ROOT.relativize(file).toString().replace('\\', '/'), sha256(file));
      }
    }
    return hashes;
  }

  private static String sha256(Path file) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
  }
}
