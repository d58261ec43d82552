package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.InputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CDKTF output directory: manifest.json names the stacks, one environment each. */
final class CdktfOutReader {
  private CdktfOutReader() {}

  record Result(List<TfStack> stacks, List<TfResource> resources) {}

  static boolean looksLike(Path dir) {
    return Files.isDirectory(dir) && Files.isRegularFile(dir.resolve("manifest.json"));
  }

  static Result read(Path dir, String name) throws InputException {
    JsonNode manifest =
        InputReader.parseJson(dir.resolve("manifest.json"), name + "/manifest.json");
    JsonNode stackNodes = manifest.path("stacks");
    if (!stackNodes.isObject() || stackNodes.isEmpty()) {
      throw new InputException(
          name + "/manifest.json: stacks: expected an object of CDKTF stacks", null);
    }
    List<TfStack> stacks = new ArrayList<>();
    List<TfResource> resources = new ArrayList<>();
    for (var it = stackNodes.fields(); it.hasNext(); ) {
      var entry = it.next();
      String stackPath =
          entry
              .getValue()
              .path("synthesizedStackPath")
              .asText("stacks/" + entry.getKey() + "/cdk.tf.json");
      Path file = dir.resolve(stackPath).normalize();
      if (!file.startsWith(dir.normalize())) {
        throw new InputException(
            name
                + "/manifest.json: stacks."
                + entry.getKey()
                + ": synthesizedStackPath leaves the directory",
            null);
      }
      List<String> dependencies = new ArrayList<>();
      entry.getValue().path("dependencies").forEach(d -> dependencies.add(d.asText()));
      JsonNode root = InputReader.parseJson(file, name + "/" + stackPath);
      TerraformJsonReader.Result stack =
          TerraformJsonReader.read(root, stackPath + "#", entry.getKey(), dependencies, true);
      stacks.add(stack.stack());
      resources.addAll(stack.resources());
    }
    return new Result(stacks, resources);
  }
}
