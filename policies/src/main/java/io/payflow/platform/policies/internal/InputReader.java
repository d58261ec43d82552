package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.topology.InputFiles;
import io.payflow.platform.topology.TopologyLoadException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a file once (through {@link InputFiles}: regular files only, size-capped, strict UTF-8;
 * JSON parsed strictly), then hands it to the first adapter that accepts its content. The kind is
 * decided by content, so a plan saved as {@code plan.txt} still reads as a plan; HCL is named as
 * such, with the way to a readable input.
 */
public final class InputReader {
  private static final List<InputAdapter> ADAPTERS =
      List.of(
          new CdktfOutAdapter(),
          new PlanAdapter(),
          new TerraformJsonAdapter(),
          new TopologyAdapter());

  /** Top-level HCL blocks: {@code resource "aws_vpc" "x" {}}, {@code terraform {}}. */
  private static final Pattern HCL =
      Pattern.compile(
          "(?m)^\\s*(resource|data|module|terraform|provider|variable|output|locals)\\s*(\"[^\"\\n]*\"\\s*)*\\{");

  private InputReader() {}

  public static Input read(Path path, String name) throws InputException {
    InputFile file = Files.isDirectory(path) ? InputFile.directory(path, name) : file(path, name);
    for (InputAdapter adapter : ADAPTERS) {
      if (adapter.accepts(file)) {
        return adapter.read(file);
      }
    }
    if (file.isDirectory()) {
      throw new InputException(
          name
              + ": is a directory without a CDKTF manifest.json (expected a topology, a plan, Terraform JSON or cdktf.out/)",
          null);
    }
    throw new InputException(
        name
            + ": JSON of an unknown kind (expected a topology with environments, a plan from "
            + "`terraform show -json` with format_version, or Terraform JSON with resource/terraform blocks)",
        null);
  }

  /** See {@link io.payflow.platform.policies.Inputs#kindOf}. */
  public static Optional<InputKind> kindOf(Path path) {
    try {
      InputFile file =
          Files.isDirectory(path)
              ? InputFile.directory(path, path.toString())
              : file(path, path.toString());
      return ADAPTERS.stream().filter(a -> a.accepts(file)).map(InputAdapter::kind).findFirst();
    } catch (InputException e) {
      return Optional.empty();
    }
  }

  /** See {@link io.payflow.platform.policies.Inputs#isKnownKind}. */
  public static boolean isKnownKind(Path path) {
    if (Files.isDirectory(path)) {
      return Files.isRegularFile(path.resolve("manifest.json"));
    }
    InputFile file;
    try {
      file = file(path, path.toString());
    } catch (InputException e) {
      // Unreadable, oversized, HCL or malformed JSON: reading it reports what is wrong.
      return true;
    }
    if (!file.isJson()) {
      return TOPOLOGY_KEYS.matcher(file.text()).find();
    }
    return ADAPTERS.stream().anyMatch(a -> !(a instanceof TopologyAdapter) && a.accepts(file))
        || (file.json().isObject()
            && (file.json().has("environments")
                || file.json().has("state_backend")
                || file.json().has("organisation")));
  }

  /** A YAML topology names one of its top-level keys at the start of a line. */
  private static final Pattern TOPOLOGY_KEYS =
      Pattern.compile("(?m)^(environments|state_backend|organisation|schema_version)\\s*:");

  /** A file's text and, when it is JSON, its strict tree; HCL and oversized files are refused. */
  static InputFile file(Path path, String name) throws InputException {
    return file(path, name, InputFiles.Kind.TERRAFORM);
  }

  /** As {@link #file(Path, String)}, with the size limit of {@code kind}. */
  static InputFile file(Path path, String name, InputFiles.Kind kind) throws InputException {
    InputFiles.Content content;
    try {
      content = InputFiles.read(path, name, kind);
    } catch (TopologyLoadException e) {
      throw new InputException(e.getMessage(), e);
    }
    if (!looksLikeJson(content)) {
      if (HCL.matcher(content.text()).find()) {
        throw new InputException(
            name
                + ": this is Terraform HCL, which payflow does not read; give it a plan "
                + "(`terraform plan -out tfplan && terraform show -json tfplan > plan.json`) "
                + "or Terraform JSON (`*.tf.json`)",
            null);
      }
      return new InputFile(path, name, content, null, null);
    }
    StrictJson.refuseLoneSurrogates(content, name);
    JsonNode planVersion = StrictJson.leadingPlanVersion(content, name, PlanReader.PLAN_KEYS);
    if (planVersion != null) {
      return new InputFile(path, name, content, null, planVersion);
    }
    return new InputFile(path, name, content, StrictJson.tree(content, name), null);
  }

  private static boolean looksLikeJson(InputFiles.Content content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[';
      }
    }
    return false;
  }
}
