package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payflow.platform.policies.FactsDocument;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.policies.Inputs;
import io.payflow.platform.policies.ModelFacts;
import io.payflow.platform.policies.SourceLocation;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.Topology;
import io.payflow.platform.topology.TopologyLoadException;
import io.payflow.platform.topology.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Decides an input's kind from its content and hands it to the adapter for that kind. */
public final class InputReader {
  /** Plans nest modules, but not hundreds deep; anything deeper is hostile. */
  private static final ObjectMapper STRICT_JSON =
      new ObjectMapper(
          JsonFactory.builder()
              .streamReadConstraints(
                  StreamReadConstraints.builder()
                      .maxNestingDepth(200)
                      .maxStringLength(64 * 1024 * 1024)
                      .build())
              .build());

  private InputReader() {}

  public static Input read(Path path, String name) throws InputException {
    try {
      if (CdktfOutReader.looksLike(path)) {
        CdktfOutReader.Result out = CdktfOutReader.read(path, name);
        String json =
            new TerraformFactsWriter(
                    "terraform",
                    out.stacks(),
                    out.resources(),
                    Map.of(),
                    PlanReader.Evidence.NONE,
                    PricingCatalog.bundled())
                .write();
        return new Input(
            name,
            InputKind.CDKTF_OUT,
            FactsDocument.ofJson(json),
            new StackLocator(path, name)::find);
      }
      if (Files.isDirectory(path)) {
        throw new InputException(
            name
                + ": is a directory without a CDKTF manifest.json (expected a topology, a plan, Terraform JSON or cdktf.out/)",
            null);
      }
      long size = Files.size(path);
      if (size == 0) {
        throw new InputException(
            name + ": file is empty (expected a topology, a plan or Terraform JSON)", null);
      }
      if (size > Inputs.MAX_INPUT_BYTES) {
        throw new InputException(
            name
                + ": file is "
                + size
                + " bytes, over the "
                + Inputs.MAX_INPUT_BYTES
                + "-byte limit",
            null);
      }
      String text = decode(name, Files.readAllBytes(path));
      if (!looksLikeJson(text)) {
        return topology(name, text);
      }
      JsonNode root = parse(text, name);
      if (PlanReader.looksLike(root)) {
        PlanReader.Result plan = PlanReader.read(root, name);
        TfStack stack = new TfStack(null, "", null, false, List.of(), Map.of(), Map.of());
        String json =
            new TerraformFactsWriter(
                    "plan",
                    List.of(stack),
                    plan.resources(),
                    plan.moduleInputs(),
                    plan.evidence(),
                    PricingCatalog.bundled())
                .write();
        JsonPathIndex index = new JsonPathIndex(text);
        return new Input(
            name,
            InputKind.PLAN,
            FactsDocument.ofJson(json),
            p -> index.find(p).map(at -> new SourceLocation(name, at.line(), at.column())));
      }
      if (TerraformJsonReader.looksLike(root)) {
        TerraformJsonReader.Result tf = TerraformJsonReader.read(root, "", null, List.of(), false);
        String json =
            new TerraformFactsWriter(
                    "terraform",
                    List.of(tf.stack()),
                    tf.resources(),
                    Map.of(),
                    PlanReader.Evidence.NONE,
                    PricingCatalog.bundled())
                .write();
        JsonPathIndex index = new JsonPathIndex(text);
        return new Input(
            name,
            InputKind.TERRAFORM_JSON,
            FactsDocument.ofJson(json),
            p -> index.find(p).map(at -> new SourceLocation(name, at.line(), at.column())));
      }
      if (root.isObject()
          && (root.has("environments") || root.has("state_backend") || root.has("organisation"))) {
        return topology(name, text);
      }
      throw new InputException(
          name
              + ": JSON of an unknown kind (expected a topology with environments, a plan from "
              + "`terraform show -json` with format_version, or Terraform JSON with resource/terraform blocks)",
          null);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": file not found", e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    } catch (BadInput e) {
      throw new InputException(name + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new InputException(
          name
              + ": cannot be read as "
              + "a known input ("
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + ")",
          e);
    }
  }

  static JsonNode parseJson(Path file, String name) throws InputException {
    try {
      return parse(decode(name, Files.readAllBytes(file)), name);
    } catch (NoSuchFileException e) {
      throw new InputException(name + ": file not found", e);
    } catch (IOException e) {
      throw new InputException(name + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  private static JsonNode parse(String text, String name) throws InputException {
    try {
      JsonNode root = STRICT_JSON.readTree(text);
      if (root == null) {
        throw new InputException(name + ": document is empty", null);
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
      String message =
          e.getOriginalMessage() == null
              ? "unreadable"
              : e.getOriginalMessage().lines().findFirst().orElse("");
      throw new InputException(name + where + ": malformed JSON: " + message, e);
    }
  }

  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  private static String decode(String name, byte[] bytes) throws InputException {
    try {
      return TopologyLoader.decode(name, bytes);
    } catch (TopologyLoadException e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  private static Input topology(String name, String text) throws InputException {
    try {
      Topology topology = TopologyLoader.parse(text, name);
      return new Input(
          name,
          InputKind.TOPOLOGY,
          ModelFacts.of(topology),
          path ->
              TopologyLoader.position(text, path)
                  .map(at -> new SourceLocation(name, at.line(), at.column())));
    } catch (TopologyLoadException e) {
      throw new InputException(e.getMessage(), e);
    }
  }
}
