package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.topology.InputFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code terraform show -json} of a plan, format 0.1 to 1.x, bound to {@link PlanJson} (so a wrong
 * type anywhere it reads is an input error). Resources come from {@code resource_changes} (deletes
 * and forgets skipped; no-ops kept, they still cost and overlap), or from {@code planned_values} in
 * plans without changes; {@code configuration} tells where each value comes from and how resources
 * and modules refer to each other; {@code after_unknown} what is known only after apply.
 */
final class PlanReader {
  private PlanReader() {}

  /** Besides format_version, a plan has one of these at its top level. */
  static final Set<String> PLAN_KEYS =
      Set.of("planned_values", "resource_changes", "configuration", "prior_state");

  static boolean looksLike(JsonNode root) {
    return root.isObject() && root.has("format_version") && PLAN_KEYS.stream().anyMatch(root::has);
  }

  /**
   * The resources, the configuration's module wiring, and the evidence for credentials; {@code
   * layout}, where the changes lie in the file's bytes when the plan was bound in halves (findings
   * are then placed without parsing the changes again), else null.
   */
  record Result(
      List<TfResource> resources,
      ModuleWiring wiring,
      Evidence evidence,
      PlanLayout layout,
      Map<String, PlanJson.Before> updatedFrom,
      Set<String> existingDatabases,
      ProviderRegions regions,
      List<Deferred> deferred) {}

  /** A resource Terraform deferred to a later plan, and why (Terraform's reason code). */
  record Deferred(TfResource resource, String reason) {}

  /** The types whose version an update may move in a way AWS refuses. */
  private static final Set<String> VERSIONED =
      Set.of("aws_eks_cluster", "aws_db_instance", "aws_rds_cluster");

  private static final Set<String> DATABASES = Set.of("aws_db_instance", "aws_rds_cluster");

  /**
   * Strings written as constants anywhere in the configuration, and the values of the root
   * variables: a clear-text secret in {@code after} that equals one of the first was written in a
   * file, even when a {@code local} hides the path to it.
   */
  /** The one action of a resource that leaves the configuration's state. */
  private static final Set<String> LEAVING = Set.of("delete", "forget");

  record Evidence(Set<String> constants, Set<String> variableValues) {
    static final Evidence NONE = new Evidence(Set.of(), Set.of());
  }

  /**
   * A plan as Terraform writes it (format_version first) is bound straight from its text; one whose
   * keys were reordered, from its tree. The same checks and errors either way.
   */
  static Result read(InputFile input) throws InputException {
    InputFiles.Content text = input.content();
    String file = input.name();
    boolean streamed = input.planVersion() != null;
    JsonNode version = streamed ? input.planVersion() : input.json().path("format_version");
    if (!version.isTextual() || !version.asText().matches("[01]\\.\\d{1,4}")) {
      throw new InputException(
          file
              + ": format_version: plan format '"
              + Text.safe(version.asText())
              + "' is not supported (expected 0.x or 1.x, as `terraform show -json` writes)",
          null);
    }
    PlanLayout layout = streamed ? PlanHalves.layout(text.ascii()) : null;
    PlanHalves.Started started = layout != null ? PlanHalves.start(text.ascii(), layout) : null;
    PlanJson plan = null;
    Configured configured = null;
    if (started != null) {
      // The configuration read while the other thread binds the later changes; its error counts
      // only after theirs, as in a whole binding.
      InputException configurationError = null;
      try {
        configured = configured(started.rest().configuration(), text, file);
      } catch (InputException e) {
        configurationError = e;
      }
      plan = started.join();
      if (plan != null && configurationError != null) {
        throw configurationError;
      }
    }
    if (plan == null) {
      layout = null;
      plan =
          streamed
              ? StrictJson.bind(text, PlanJson.class, file)
              : StrictJson.bind(input.json(), PlanJson.class, text, file);
      configured = configured(plan.configuration(), text, file);
    }
    if (Boolean.TRUE.equals(plan.errored())) {
      // (an errored plan lists what Terraform planned before the error: often nothing at all)
      throw new InputException(
          file
              + at(text, "errored")
              + ": errored: Terraform stopped this plan at an error, so its changes are partial and"
              + " it cannot be applied; fix the errors `terraform plan` reported and make the plan"
              + " again",
          null);
    }
    Map<String, ObjectNode> expressions = configured.expressions();
    ModuleWiring wiring = configured.wiring();
    List<Deferred> deferred = deferred(plan, expressions, text, file);
    List<TfResource> resources = new ArrayList<>();
    List<PlanJson.ResourceChange> changes = orEmpty(plan.resourceChanges());
    Map<String, String> listed = new HashMap<>(changes.size() * 2);
    Map<String, PlanJson.Before> updatedFrom = new HashMap<>();
    Set<String> existingDatabases = new HashSet<>();
    for (int i = 0; i < changes.size(); i++) {
      String path = "resource_changes[" + i + "]";
      PlanJson.ResourceChange change = changes.get(i);
      require(change.address(), change.type(), change.mode(), path, text, file);
      if (change.change() == null) {
        throw error(file, text, path + ".change", "expected an object with actions and after");
      }
      List<String> actions = orEmpty(change.change().actions());
      // Deleted, or forgotten (a removed block): either way it leaves this configuration.
      if (actions.size() == 1 && LEAVING.contains(actions.get(0))) {
        continue;
      }
      listedOnce(listed, change.address(), path, text, file);
      if (actions.contains("update")
          && change.change().before() != null
          && VERSIONED.contains(change.type())) {
        updatedFrom.put(change.address(), change.change().before());
      }
      // (an RDS database this plan does not create needs no master password to stay)
      if (!actions.contains("create") && DATABASES.contains(change.type())) {
        existingDatabases.add(change.address());
      }
      JsonNode after = change.change().after();
      if (after != null && !after.isNull() && !after.isObject()) {
        throw error(file, text, path + ".change.after", "expected an object of values");
      }
      resources.add(
          resource(
              change.address(),
              change.type(),
              change.mode(),
              after instanceof ObjectNode values ? values : FactsJson.JSON.createObjectNode(),
              unknownPaths(change.change().afterUnknown(), path, text, file),
              expressions,
              path,
              path + ".change.after"));
    }
    PlanJson.Planned planned =
        changes.isEmpty()
            ? streamed
                ? StrictJson.bind(text, PlanJson.Planned.class, file)
                : StrictJson.bind(input.json(), PlanJson.Planned.class, text, file)
            : null;
    if (planned != null && planned.plannedValues() != null) {
      plannedValues(
          planned.plannedValues().rootModule(),
          "planned_values.root_module",
          expressions,
          resources,
          new HashMap<>(),
          text,
          file);
    }
    Set<String> constants = configured.constants();
    Set<String> variableValues = new HashSet<>();
    if (plan.variables() != null) {
      plan.variables().values().stream()
          .map(PlanJson.Variable::value)
          .filter(v -> v != null && v.isTextual())
          .forEach(v -> variableValues.add(v.asText()));
    }
    return new Result(
        resources,
        wiring,
        new Evidence(constants, variableValues),
        layout,
        updatedFrom,
        existingDatabases,
        regions(plan.configuration(), plan.variables(), configured.providerKeys()),
        deferred);
  }

  /**
   * The region of each AWS provider configuration ({@code configuration.provider_config}) written
   * as a value or through a root variable the plan holds the value of, and the configuration each
   * resource uses; a configuration whose region is not given so (the environment's AWS_REGION gives
   * it, which a plan does not show) has none, and resources the configuration does not list have
   * one only when every AWS configuration gives the same.
   */
  static ProviderRegions regions(
      JsonNode configuration,
      Map<String, PlanJson.Variable> variables,
      Map<String, String> providerKeys) {
    if (configuration == null || !configuration.path("provider_config").isObject()) {
      return ProviderRegions.NONE;
    }
    Map<String, String> byKey = new HashMap<>();
    Set<String> regions = new HashSet<>();
    boolean everyOneGiven = true;
    for (Iterator<Map.Entry<String, JsonNode>> it = configuration.path("provider_config").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = it.next();
      JsonNode provider = entry.getValue();
      if (!"aws".equals(provider.path("name").asText())) {
        continue;
      }
      String value = regionOf(provider, variables);
      if (value == null || value.isEmpty()) {
        everyOneGiven = false;
        byKey.put(entry.getKey(), null);
        continue;
      }
      byKey.put(entry.getKey(), value);
      regions.add(value);
    }
    String any = everyOneGiven && regions.size() == 1 ? regions.iterator().next() : null;
    return new ProviderRegions(byKey, providerKeys, any);
  }

  /** A provider configuration's region: a value, or a root variable's the plan holds; or null. */
  private static String regionOf(JsonNode provider, Map<String, PlanJson.Variable> variables) {
    JsonNode region = provider.path("expressions").path("region");
    if (region.path("constant_value").isTextual()) {
      return region.path("constant_value").asText();
    }
    if (region.path("references").size() == 1
        && provider.path("module_address").isMissingNode()
        && variables != null) {
      String reference = region.path("references").get(0).asText();
      PlanJson.Variable variable =
          reference.startsWith("var.") ? variables.get(reference.substring(4)) : null;
      return variable != null && variable.value() != null && variable.value().isTextual()
          ? variable.value().asText()
          : null;
    }
    return null;
  }

  /** What the configuration tells: each resource's expressions, the module wiring, constants. */
  private record Configured(
      Map<String, ObjectNode> expressions,
      ModuleWiring wiring,
      Set<String> constants,
      Map<String, String> providerKeys) {}

  private static Configured configured(JsonNode tree, InputFiles.Content text, String file)
      throws InputException {
    Map<String, ObjectNode> expressions = new HashMap<>();
    ModuleWiring wiring = new ModuleWiring();
    Map<String, String> providerKeys = new HashMap<>();
    PlanConfiguration.index(tree, text, file, expressions, wiring, providerKeys);
    Set<String> constants = new HashSet<>();
    if (tree != null) {
      collectConstants(tree, constants);
    }
    return new Configured(expressions, wiring, constants, providerKeys);
  }

  private static void plannedValues(
      PlanJson.Module module,
      String path,
      Map<String, ObjectNode> expressions,
      List<TfResource> out,
      Map<String, String> listed,
      InputFiles.Content text,
      String file)
      throws InputException {
    if (module == null) {
      return;
    }
    List<PlanJson.StateResource> resources = orEmpty(module.resources());
    for (int i = 0; i < resources.size(); i++) {
      PlanJson.StateResource r = resources.get(i);
      String at = path + ".resources[" + i + "]";
      require(r.address(), r.type(), r.mode(), at, text, file);
      listedOnce(listed, r.address(), at, text, file);
      out.add(
          resource(
              r.address(),
              r.type(),
              r.mode(),
              r.values() == null ? FactsJson.JSON.createObjectNode() : r.values(),
              Set.of(),
              expressions,
              at,
              at + ".values"));
    }
    List<PlanJson.Module> children = orEmpty(module.childModules());
    for (int i = 0; i < children.size(); i++) {
      plannedValues(
          children.get(i),
          path + ".child_modules[" + i + "]",
          expressions,
          out,
          listed,
          text,
          file);
    }
  }

  /**
   * Records where {@code address} is listed; listed twice, one value would be read and the other
   * dropped, or both linked as one resource.
   */
  private static void listedOnce(
      Map<String, String> listed, String address, String at, InputFiles.Content text, String file)
      throws InputException {
    String first = listed.putIfAbsent(address, at);
    if (first != null) {
      throw error(
          file,
          text,
          at + ".address",
          "the same address as " + first + ": a plan lists each resource once");
    }
  }

  private static void require(
      String address, String type, String mode, String path, InputFiles.Content text, String file)
      throws InputException {
    if (address == null || address.isEmpty()) {
      throw error(file, text, path, "expected an 'address' string");
    }
    if (type == null || type.isEmpty()) {
      throw error(file, text, path, "expected a 'type' string");
    }
    // A managed resource written as a data source would not be read at all (the rules read no
    // data source): the mode must be the one its address says.
    if (mode != null) {
      boolean data = Addresses.isData(address);
      if (!mode.equals(data ? "data" : "managed")) {
        throw error(
            file,
            text,
            path + ".mode",
            data
                ? "expected data: the address names a data source"
                : "expected managed: the address names a managed resource (a data source's starts"
                    + " with data.)");
      }
    }
  }

  private static String at(InputFiles.Content text, String path) {
    return JsonPathIndex.locate(text, path).map(p -> ":" + p.line() + ":" + p.column()).orElse("");
  }

  /**
   * The changes Terraform deferred to a later plan, each a resource this plan does not describe. A
   * plan that says it is not complete yet lists none is an input error: what it leaves out cannot
   * be told.
   */
  private static List<Deferred> deferred(
      PlanJson plan, Map<String, ObjectNode> expressions, InputFiles.Content text, String file)
      throws InputException {
    List<PlanJson.DeferredChange> changes = orEmpty(plan.deferredChanges());
    if (Boolean.FALSE.equals(plan.complete()) && changes.isEmpty()) {
      throw new InputException(
          file
              + at(text, "complete")
              + ": complete: false, and no deferred_changes: Terraform left part of this plan to a"
              + " later one and the file does not say which; make the plan with a Terraform that"
              + " lists them, or without deferral",
          null);
    }
    List<Deferred> deferred = new ArrayList<>(changes.size());
    for (int i = 0; i < changes.size(); i++) {
      String path = "deferred_changes[" + i + "]";
      PlanJson.ResourceChange change = changes.get(i).resourceChange();
      if (change == null) {
        throw error(file, text, path + ".resource_change", "expected an object with an address");
      }
      require(
          change.address(), change.type(), change.mode(), path + ".resource_change", text, file);
      String reason = changes.get(i).reason();
      deferred.add(
          new Deferred(
              resource(
                  change.address(),
                  change.type(),
                  change.mode(),
                  FactsJson.JSON.createObjectNode(),
                  Set.of(),
                  expressions,
                  path,
                  path + ".resource_change.change.after"),
              reason == null || reason.isBlank() ? "unknown" : Text.safe(reason)));
    }
    return deferred;
  }

  private static InputException error(
      String file, InputFiles.Content text, String path, String what) {
    String at = at(text, path);
    return new InputException(
        file
            + at
            + ": "
            + path
            + ": "
            + what
            + " (is this the unedited output of `terraform show -json`?)",
        null);
  }

  private static TfResource resource(
      String address,
      String type,
      String mode,
      ObjectNode values,
      Set<String> unknown,
      Map<String, ObjectNode> expressions,
      String path,
      String valuesPath) {
    String configAddress = Addresses.withoutInstanceKeys(address);
    boolean data = "data".equals(mode) || Addresses.isData(address);
    return new TfResource(
        address,
        address,
        type,
        data,
        values,
        unknown,
        expressions.get(configAddress),
        null,
        path,
        valuesPath);
  }

  private static void collectConstants(JsonNode node, Set<String> out) {
    if (node instanceof ObjectNode object) {
      object.forEachEntry(
          (key, value) -> {
            if ((key.equals("constant_value") || key.equals("default")) && value.isTextual()) {
              out.add(value.asText());
            } else {
              collectConstants(value, out);
            }
          });
    } else if (node.isArray()) {
      node.forEach(element -> collectConstants(element, out));
    }
  }

  /**
   * Dotted paths of every {@code true} in after_unknown (list indices dropped). It decides whether
   * an absent value is the provider's default or one only apply knows, so a value of another shape
   * (a string, a number, an object where Terraform writes only true, false, objects and lists) is
   * an input error at its path, not "nothing unknown". Null or absent: nothing unknown.
   */
  static Set<String> unknownPaths(
      JsonNode afterUnknown, String change, InputFiles.Content text, String file)
      throws InputException {
    Set<String> paths = new HashSet<>();
    if (afterUnknown == null || afterUnknown.isNull()) {
      return paths;
    }
    if (!afterUnknown.isObject()) {
      throw error(file, text, change + ".change.after_unknown", "expected an object");
    }
    if (!collect(afterUnknown, "", paths)) {
      String at = placeOfOther(afterUnknown, change + ".change.after_unknown");
      throw error(file, text, at, "expected true or false");
    }
    return paths;
  }

  /** Collects the paths; false on a value of another shape. */
  private static boolean collect(JsonNode node, String prefix, Set<String> out) {
    if (node.isBoolean()) {
      if (node.asBoolean() && !prefix.isEmpty()) {
        out.add(prefix);
      }
      return true;
    }
    if (node instanceof ObjectNode object) {
      boolean[] shaped = {true};
      object.forEachEntry(
          (key, value) ->
              shaped[0] &= collect(value, prefix.isEmpty() ? key : prefix + "." + key, out));
      return shaped[0];
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (!collect(element, prefix, out)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * Where the first value of another shape stands, list indices kept: looked for again only when
   * there is one, so a valid plan's changes build no such paths.
   */
  private static String placeOfOther(JsonNode node, String at) {
    if (node.isObject()) {
      for (var it = node.fields(); it.hasNext(); ) {
        var f = it.next();
        String place = placeOfOther(f.getValue(), at + "." + f.getKey());
        if (place != null) {
          return place;
        }
      }
      return null;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String place = placeOfOther(node.get(i), at + "[" + i + "]");
        if (place != null) {
          return place;
        }
      }
      return null;
    }
    return node.isBoolean() ? null : at;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
