package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.Input;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input read into facts keeps its text (to locate findings) but not the tree it was parsed into:
 * 200 plans given together once held 200 trees until they were evaluated (1.6 GB, now 1.1).
 */
class InputRetentionTest {
  private static final String PLAN =
      """
      {"format_version": "1.2", "resource_changes": [
        {"address": "aws_vpc.main", "mode": "managed", "type": "aws_vpc", "name": "main",
         "change": {"actions": ["create"], "after": {"cidr_block": "10.0.0.0/16"},
                    "after_unknown": {"id": true}}}]}
      """;

  @Test
  void theParsedTreeIsGarbageOnceTheFactsAreBuilt(@TempDir Path dir) throws Exception {
    Path path = Files.writeString(dir.resolve("plan.json"), PLAN);
    InputFile file = InputReader.file(path, "plan.json");
    WeakReference<JsonNode> tree = new WeakReference<>(file.json());
    // An ASCII file's content is its bytes, held once: they are what the locator reads.
    assertThat(file.content().ascii()).isNotNull();
    Input input = new PlanAdapter().read(file);
    file = null;
    for (int i = 0; i < 20 && tree.get() != null; i++) {
      System.gc();
      Thread.sleep(10);
    }
    assertThat(tree.get()).isNull();
    assertThat(input.locate("resource_changes[0]"))
        .hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(2));
  }
}
