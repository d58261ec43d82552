package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.FactsDocument;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.topology.InputFiles;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.TopologyLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CDKTF output directory: manifest.json names the stacks, one environment each. */
final class CdktfOutAdapter implements InputAdapter {
  @Override
  public InputKind kind() {
    return InputKind.CDKTF_OUT;
  }

  @Override
  public boolean accepts(InputFile file) {
    return file.isDirectory() && Files.isRegularFile(file.path().resolve("manifest.json"));
  }

  /**
   * A stack's dependencies: a list of the names of the manifest's stacks (none when the key is not
   * there). Anything else is refused, never read as text or dropped: the deployment order is made
   * of them.
   */
  private static List<String> dependencies(
      String name, String stackName, JsonNode declared, JsonNode stacks) throws InputException {
    String at = name + "/manifest.json: stacks." + Text.safe(stackName) + ".dependencies";
    if (declared.isMissingNode()) {
      return List.of();
    }
    if (!declared.isArray()) {
      throw new InputException(at + ": expected a list of stack names", null);
    }
    List<String> dependencies = new ArrayList<>();
    for (int i = 0; i < declared.size(); i++) {
      JsonNode d = declared.get(i);
      if (!d.isTextual()) {
        throw new InputException(at + "[" + i + "]: expected a stack name", null);
      }
      if (!stacks.has(d.asText())) {
        List<String> known = new ArrayList<>();
        stacks.fieldNames().forEachRemaining(n -> known.add(Text.safe(n)));
        known.sort(null);
        throw new InputException(
            at
                + "["
                + i
                + "]: '"
                + Text.safe(d.asText())
                + "' is not a stack of this manifest (its stacks: "
                + String.join(", ", known)
                + ")",
            null);
      }
      dependencies.add(d.asText());
    }
    return dependencies;
  }

  /** A file the manifest names, read only when it stays inside the directory, links followed. */
  private static Path inside(Path dir, Path file, String name) throws InputException {
    try {
      return InputFiles.inside(dir, file, name);
    } catch (TopologyLoadException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  @Override
  public Input read(InputFile file) throws InputException {
    Path dir = file.path();
    String name = file.name();
    InputFile manifestFile =
        InputReader.file(
            inside(dir, dir.resolve("manifest.json"), name + "/manifest.json"),
            name + "/manifest.json",
            InputFiles.Kind.MANIFEST);
    JsonNode stackNodes = manifestFile.json() == null ? null : manifestFile.json().get("stacks");
    if (stackNodes == null || !stackNodes.isObject() || stackNodes.isEmpty()) {
      throw new InputException(
          name + "/manifest.json: stacks: expected an object of CDKTF stacks", null);
    }
    List<TfStack> stacks = new ArrayList<>();
    List<TfResource> resources = new ArrayList<>();
    java.util.Map<String, InputFile> files = new java.util.HashMap<>();
    for (var it = stackNodes.fields(); it.hasNext(); ) {
      var entry = it.next();
      String stackName = entry.getKey();
      JsonNode declared = entry.getValue().get("synthesizedStackPath");
      if (declared != null && !declared.isTextual()) {
        throw new InputException(
            name
                + "/manifest.json: stacks."
                + Text.safe(stackName)
                + ".synthesizedStackPath: expected a string",
            null);
      }
      String stackPath =
          declared != null ? declared.asText() : "stacks/" + stackName + "/cdk.tf.json";
      Path stackFile = dir.resolve(stackPath).normalize();
      if (!stackFile.startsWith(dir.normalize())) {
        throw new InputException(
            name
                + "/manifest.json: stacks."
                + Text.safe(stackName)
                + ": synthesizedStackPath leaves the directory",
            null);
      }
      List<String> dependencies =
          dependencies(name, stackName, entry.getValue().path("dependencies"), stackNodes);
      InputFile stack =
          InputReader.file(inside(dir, stackFile, name + "/" + stackPath), name + "/" + stackPath);
      files.put(stackPath, stack);
      if (stack.json() == null) {
        throw new InputException(stack.name() + ": expected the JSON of a CDKTF stack", null);
      }
      try {
        TerraformJsonReader.Result read =
            TerraformJsonReader.read(stack.json(), stackPath + "#", stackName, dependencies, true);
        stacks.add(read.stack());
        resources.addAll(read.resources());
      } catch (BadInput e) {
        throw Adapters.error(stack.name(), stack.text(), e);
      }
    }
    Facts facts;
    try {
      facts =
          new TerraformFacts(
                  "terraform",
                  stacks,
                  resources,
                  ModuleWiring.NONE,
                  PlanReader.Evidence.NONE,
                  PricingCatalog.bundled())
              .build();
    } catch (BadInput e) {
      int hash = e.path().indexOf('#');
      InputFile stack = hash < 0 ? null : files.get(e.path().substring(0, hash));
      throw stack == null
          ? Adapters.error(name, null, e)
          : Adapters.error(stack.name(), stack.text(), e);
    }
    var origins = SourceOrigins.of(stacks, resources);
    return new Input(
        name,
        InputKind.CDKTF_OUT,
        FactsDocument.of(facts),
        new StackLocator(dir, name)::find,
        address -> java.util.Optional.ofNullable(origins.get(address)));
  }
}
