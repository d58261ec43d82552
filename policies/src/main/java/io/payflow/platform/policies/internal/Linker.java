package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Follows an attribute to the resources it points at, as Terraform links them: a CDKTF or Terraform
 * JSON interpolation ({@code ${aws_vpc.vpc.id}}, {@code ${aws_vpc.this[0].id}}), a CDKTF
 * cross-stack reference through {@code terraform_remote_state} outputs, a known ID equal to another
 * resource's {@code id}, or a plan configuration's {@code references}, resolved in the referring
 * resource's module instance, through module inputs ({@code var.x}) and outputs ({@code
 * module.vpc.vpc_id}), and to the instance of the same {@code count}/{@code for_each} key.
 *
 * <p>Plan JSON does not record locals. A reference to {@code local.x} is linked by one documented
 * inference: to the only resource of the wanted type declared in the same module instance; the link
 * is then marked inferred. Anything else that cannot be linked comes back with the reason, for the
 * {@code unresolved} facts.
 */
final class Linker {
  private static final int MAX_DEPTH = 16;
  private static final String REMOTE_STATE = "data.terraform_remote_state.";

  /** References to what is not a resource. Compiled once: a plan has one or more per resource. */
  private static final Pattern NOT_A_RESOURCE =
      Pattern.compile("(count|each|path|terraform|self)\\..*");

  /**
   * The targets of one attribute, whether the link was inferred, or why there is none; for a value
   * read from another stack's remote state, that stack's environment and the output read.
   */
  record Link(
      List<TfResource> targets,
      boolean inferred,
      String problem,
      String remoteEnvironment,
      String remoteOutput) {
    static final Link ABSENT = new Link(List.of(), false, null, null, null);

    static Link of(List<TfResource> targets, boolean inferred) {
      return new Link(List.copyOf(targets), inferred, null, null, null);
    }

    static Link unresolved(String problem) {
      return new Link(List.of(), false, problem, null, null);
    }

    /** A value read from another stack's remote state: linked when that stack is given too. */
    static Link remote(String problem, String environment, String output) {
      return new Link(List.of(), false, problem, environment, output);
    }

    /** Some of the targets: {@code problem} says why the others are not linked. */
    static Link partly(Collection<TfResource> targets, String problem) {
      return new Link(List.copyOf(targets), false, problem, null, null);
    }

    boolean linked() {
      return !targets.isEmpty();
    }

    /** Linked to some targets, not to every element of the attribute. */
    boolean partial() {
      return !targets.isEmpty() && problem != null;
    }

    Link withProblem(String why) {
      return new Link(targets, inferred, why, remoteEnvironment, remoteOutput);
    }

    Optional<TfResource> single() {
      return targets.size() == 1 ? Optional.of(targets.get(0)) : Optional.empty();
    }
  }

  private final Map<String, TfResource> byAddress = new HashMap<>();
  private final Map<String, List<TfResource>> byBase = new HashMap<>();
  private final Map<String, List<TfResource>> byScopeAndType = new HashMap<>();
  private final Set<String> scopes = new HashSet<>();
  private final Map<String, TfResource> byId = new HashMap<>();
  private final Map<String, TfStack> stacksByName = new HashMap<>();
  private final Map<String, TfStack> stacksByKey = new HashMap<>();
  private final Map<String, List<TfResource>> byName = new HashMap<>();
  private final Set<String> types = new HashSet<>();
  private final ModuleWiring wiring;

  /** Types another resource may name by their {@code name} (AWS's identity for them). */
  private static final Set<String> NAMED =
      Set.of("aws_eks_cluster", "aws_db_subnet_group", "aws_elasticache_subnet_group");

  Linker(List<TfStack> stacks, List<TfResource> resources, ModuleWiring wiring) {
    this.wiring = wiring;
    for (TfResource r : resources) {
      types.add(r.type());
      String local = r.localAddress();
      byAddress.put(key(r.stack(), local), r);
      byBase
          .computeIfAbsent(key(r.stack(), Addresses.withoutOwnKey(local)), k -> new ArrayList<>())
          .add(r);
      String scope = Addresses.moduleInstance(local);
      scopes.add(key(r.stack(), scope));
      if (!r.data()) {
        byScopeAndType
            .computeIfAbsent(key(r.stack(), scope) + "|" + r.type(), k -> new ArrayList<>())
            .add(r);
        String id = TfValues.literal(r.values().path("id"));
        if (id != null && !id.isEmpty()) {
          byId.putIfAbsent(id, r);
        }
        String name = NAMED.contains(r.type()) ? TfValues.literal(r.values().path("name")) : null;
        if (name != null) {
          byName
              .computeIfAbsent(key(r.stack(), r.type() + "|" + name), k -> new ArrayList<>())
              .add(r);
        }
      }
    }
    for (TfStack stack : stacks) {
      if (stack.name() != null) {
        stacksByName.put(stack.name(), stack);
        String stateKey = stack.s3Key();
        if (stateKey != null) {
          stacksByKey.put(stateKey, stack);
        }
      }
    }
  }

  /** Whether the input declares a resource of {@code type}, in any stack or module. */
  boolean declares(String type) {
    return types.contains(type);
  }

  /**
   * The one resource of {@code type} in {@code from}'s stack named {@code name}: a node group names
   * its cluster, a database its subnet group, often by the name as text. Empty for none or two.
   */
  Optional<TfResource> named(TfResource from, String type, String name) {
    List<TfResource> found = byName.getOrDefault(key(from.stack(), type + "|" + name), List.of());
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private static String key(String stack, String local) {
    return stack == null ? local : stack + ":" + local;
  }

  /**
   * The resources of {@code type} that {@code attribute} (a dotted path through nested blocks) of
   * {@code from} points at; {@code many} for list attributes such as {@code subnet_ids}.
   */
  Link resolve(TfResource from, String attribute, String type, boolean many) {
    Set<TfResource> found = new LinkedHashSet<>();
    String problem = null;
    JsonNode value = at(from.values(), attribute);
    if (many) {
      requireIds(from, attribute, value);
    }
    boolean partlyUnknown = false;
    for (JsonNode element : value.isArray() ? value : List.of(value)) {
      boolean elementLinked = false;
      String why = null;
      List<String> expressions = TfValues.interpolations(element);
      for (String expression : expressions) {
        Link link = interpolated(from, expression, type, many);
        found.addAll(link.targets());
        elementLinked |= link.linked();
        why = why == null ? link.problem() : why;
        problem = problem == null ? link.problem() : problem;
      }
      // An element of a list that links to nothing is not dropped: the list is linked in part.
      if (many && !elementLinked && problem == null && !expressions.isEmpty()) {
        problem =
            why != null
                ? why
                : attribute
                    + " refers to "
                    + Text.safe(element.asText())
                    + ", no "
                    + type
                    + " of this input";
      }
      // A plan writes an element only apply knows as null (after_unknown marks it).
      partlyUnknown |= many && element.isNull() && from.isUnknown(attribute);
      String literal = TfValues.literal(element);
      if (literal != null && !literal.isEmpty()) {
        TfResource target = byId.get(literal);
        if (target != null && target.type().equals(type)) {
          found.add(target);
        } else if (problem == null) {
          problem = attribute + " names an ID that no " + type + " in this input has";
        }
      }
    }
    // A list some of whose elements only apply knows, or name what is not in the input, is linked
    // in part: its configuration may say what all of them are; if not, the problem stays with it.
    if (!found.isEmpty() && problem == null && !partlyUnknown) {
      return Link.of(new ArrayList<>(found), false);
    }
    if (!found.isEmpty() && problem == null) {
      problem = attribute + " is partly known only after apply";
    }
    if (from.expressions() != null) {
      JsonNode expression = at(from.expressions(), attribute);
      if (!expression.isMissingNode()) {
        String scope = Addresses.moduleInstance(from.localAddress());
        Link link =
            configured(
                from, expression, scope, Addresses.instanceKey(from.localAddress()), type, many, 0);
        if (link.linked()) {
          return link.partial() ? link.withProblem(attribute + " " + link.problem()) : link;
        }
        if (!found.isEmpty()) {
          return Link.partly(found, problem);
        }
        if (link.remoteEnvironment() != null) {
          return Link.remote(
              attribute + " " + link.problem(), link.remoteEnvironment(), link.remoteOutput());
        }
        problem = link.problem() != null ? attribute + " " + link.problem() : problem;
      }
    }
    if (!found.isEmpty()) {
      return Link.partly(found, problem);
    }
    if (problem != null) {
      return Link.unresolved(problem);
    }
    if (from.isUnknown(attribute)) {
      return Link.unresolved(
          attribute + " is known only after apply, and no configuration says what it refers to");
    }
    return Link.ABSENT;
  }

  /**
   * A list of IDs (or one expression that gives them): another shape is an input error, not a list
   * of nothing (a cluster's subnets given as an object were judged as none).
   */
  private static void requireIds(TfResource from, String attribute, JsonNode value) {
    boolean shape = value.isMissingNode() || value.isNull() || value.isArray() || value.isTextual();
    if (value.isArray()) {
      for (JsonNode element : value) {
        shape &= element.isNull() || element.isValueNode();
      }
    }
    if (!shape) {
      throw new BadInput(from.pathOf(attribute), "expected a list of IDs or references");
    }
  }

  /** A plan configuration expression's references, resolved in module instance {@code scope}. */
  private Link configured(
      TfResource from,
      JsonNode expression,
      String scope,
      String key,
      String type,
      boolean many,
      int depth) {
    if (depth > MAX_DEPTH) {
      return Link.unresolved("passes through more than " + MAX_DEPTH + " modules");
    }
    String problem = null;
    String local = null;
    Set<TfResource> all = new LinkedHashSet<>();
    boolean anyInferred = false;
    for (JsonNode node : expression.path("references")) {
      String ref = node.asText();
      Link link;
      if (ref.startsWith("local.")) {
        local = local == null ? ref : local;
        continue;
      } else if (ref.startsWith("var.")) {
        link = variable(from, ref, scope, type, many, depth);
      } else if (ref.startsWith("module.")) {
        link = moduleOutput(from, ref, scope, type, many, depth);
      } else if (ref.startsWith(REMOTE_STATE)) {
        link = remoteState(from, ref);
      } else if (ref.startsWith("data.")) {
        link =
            Link.unresolved(
                "refers to " + Text.safe(ref) + ", a data source read outside this input");
      } else if (NOT_A_RESOURCE.matcher(ref).matches()) {
        continue;
      } else {
        link = resource(scope, ref, key, type, many);
      }
      if (many && link.linked()) {
        all.addAll(link.targets());
        anyInferred |= link.inferred();
        problem = problem == null ? link.problem() : problem;
        continue;
      }
      if (link.linked() || link.remoteEnvironment() != null) {
        return link;
      }
      problem = problem == null ? link.problem() : problem;
    }
    if (!all.isEmpty()) {
      if (problem == null && local != null) {
        problem = "refers to " + Text.safe(local) + ", a local value a plan does not record";
      }
      return new Link(List.copyOf(all), anyInferred, problem, null, null);
    }
    if (local != null) {
      return inferred(from.stack(), scope, type, local);
    }
    return Link.unresolved(problem);
  }

  /**
   * {@code aws_vpc.this[0].id}, {@code aws_vpc.this}: the instance with that key, or the only one.
   */
  private Link resource(String scope, String ref, String key, String type, boolean many) {
    List<String> parts = Addresses.segments(ref);
    if (parts.size() < 2) {
      return Link.unresolved(null);
    }
    String name = parts.get(1);
    String base = scope + parts.get(0) + "." + Addresses.withoutKey(name);
    List<TfResource> candidates = byBase.getOrDefault(key(null, base), List.of());
    if (candidates.isEmpty() || !candidates.get(0).type().equals(type)) {
      return Link.unresolved(null);
    }
    int open = name.indexOf('[');
    if (open >= 0) {
      TfResource exact = byAddress.get(key(null, base + name.substring(open)));
      return exact == null
          ? Link.unresolved(
              "refers to " + Text.safe(ref) + ", an instance this plan does not create")
          : Link.of(List.of(exact), false);
    }
    if (candidates.size() == 1 || many) {
      return Link.of(candidates, false);
    }
    TfResource same = byAddress.get(key(null, base + key));
    return same != null
        ? Link.of(List.of(same), false)
        : Link.unresolved("refers to " + base + ", which has " + candidates.size() + " instances");
  }

  /** {@code var.x} inside a module: the module call's argument, in the calling module. */
  private Link variable(
      TfResource from, String ref, String scope, String type, boolean many, int depth) {
    String name = Addresses.segments(ref).get(1);
    if (scope.isEmpty()) {
      return Link.unresolved(
          "comes from variable " + Text.safe(ref) + ", outside what a plan links");
    }
    Optional<JsonNode> argument = wiring.input(Addresses.configScope(scope), name);
    if (argument.isEmpty()) {
      return Link.unresolved(
          "comes from " + Text.safe(ref) + ", which the module call does not set");
    }
    String parent = Addresses.parentInstance(scope);
    return configured(from, argument.get(), parent, "", type, many, depth + 1);
  }

  /** {@code module.vpc.vpc_id}: the output's expression, inside the called module's instance. */
  private Link moduleOutput(
      TfResource from, String ref, String scope, String type, boolean many, int depth) {
    List<String> parts = Addresses.segments(ref);
    if (parts.size() < 3) {
      return Link.unresolved(null);
    }
    String call = parts.get(1);
    String child = scope + "module." + call + ".";
    if (!call.contains("[") && !scopes.contains(key(from.stack(), child))) {
      List<String> instances =
          scopes.stream()
              .filter(s -> s.startsWith(key(from.stack(), scope + "module." + call + "[")))
              .filter(
                  s ->
                      Addresses.parentInstance(s.substring(key(from.stack(), "").length()))
                          .equals(scope))
              .toList();
      if (instances.size() != 1) {
        return Link.unresolved(
            "refers to "
                + Text.safe(ref)
                + ", and module."
                + Text.safe(call)
                + " has "
                + instances.size()
                + " instances");
      }
      child = instances.get(0).substring(key(from.stack(), "").length());
    }
    Optional<JsonNode> output = wiring.output(Addresses.configScope(child), parts.get(2));
    if (output.isEmpty()) {
      return Link.unresolved("refers to " + Text.safe(ref) + ", an output this plan does not show");
    }
    return configured(from, output.get(), child, "", type, many, depth + 1);
  }

  /** The one documented inference: a local names the only resource of its type in the module. */
  private Link inferred(String stack, String scope, String type, String local) {
    List<TfResource> candidates =
        byScopeAndType.getOrDefault(key(stack, scope) + "|" + type, List.of());
    if (candidates.size() == 1) {
      return Link.of(candidates, true);
    }
    return Link.unresolved(
        "refers to "
            + Text.safe(local)
            + ", which plan JSON does not record, and "
            + (scope.isEmpty() ? "the root module" : scope.substring(0, scope.length() - 1))
            + " declares "
            + candidates.size()
            + " "
            + type
            + " (a local is linked only when exactly one is declared)");
  }

  /** A CDKTF or Terraform JSON interpolation, resolved in the referring stack. */
  private Link interpolated(TfResource from, String expression, String type, boolean many) {
    if (expression.startsWith(REMOTE_STATE)) {
      return crossStack(from, expression, type, many);
    }
    for (String reference : TfValues.references(expression)) {
      if (reference.startsWith("var.")) {
        return Link.unresolved("comes from variable " + Text.safe(reference));
      }
      if (reference.startsWith("module.")) {
        return Link.unresolved(
            "refers to "
                + Text.safe(reference)
                + ", an output of a module this input does not show");
      }
      List<String> parts = Addresses.segments(reference);
      String base = parts.get(0) + "." + Addresses.withoutKey(parts.get(1));
      List<TfResource> candidates = byBase.getOrDefault(key(from.stack(), base), List.of());
      if (!candidates.isEmpty() && candidates.get(0).type().equals(type)) {
        return Link.of(many ? candidates : List.of(candidates.get(0)), false);
      }
    }
    return Link.unresolved(null);
  }

  /**
   * {@code data.terraform_remote_state.<name>.outputs.<output>}, read back in the stack that wrote
   * it.
   */
  private Link crossStack(TfResource from, String expression, String type, boolean many) {
    String[] parts = expression.split("\\.");
    if (parts.length < 5 || !parts[3].equals("outputs")) {
      return Link.unresolved(null);
    }
    TfResource remote = byAddress.get(key(from.stack(), REMOTE_STATE + parts[2]));
    TfStack source = null;
    if (remote != null) {
      String remoteKey = TfValues.literal(remote.values().path("config").path("key"));
      source = remoteKey == null ? null : stacksByKey.get(remoteKey);
    }
    if (source == null && parts[2].startsWith("cross-stack-reference-input-")) {
      source = stacksByName.get(parts[2].substring("cross-stack-reference-input-".length()));
    }
    if (source == null || !source.outputs().containsKey(parts[4])) {
      return Link.unresolved(
          "reads remote state " + Text.safe(parts[2]) + ", whose stack is not among these inputs");
    }
    String output = source.outputs().get(parts[4]);
    TfResource inSource =
        new TfResource(
            "",
            "",
            "",
            false,
            FactsJson.JSON.createObjectNode(),
            Set.of(),
            null,
            source.name(),
            "",
            "");
    for (String inner : TfValues.interpolations(FactsJson.JSON.getNodeFactory().textNode(output))) {
      Link target = interpolated(inSource, inner, type, many);
      if (target.linked()) {
        return target;
      }
    }
    return Link.unresolved(null);
  }

  /**
   * {@code data.terraform_remote_state.<name>.outputs.<output>} in a plan: another stack's state,
   * whose environment is named by CDKTF's {@code cross-stack-reference-input-<stack>} or by the
   * first segment of the data source's state key. The merge links it when that stack is given too.
   */
  private Link remoteState(TfResource from, String ref) {
    List<String> parts = Addresses.segments(ref);
    String name = parts.size() > 2 ? parts.get(2) : "";
    String environment = null;
    if (name.startsWith("cross-stack-reference-input-")) {
      environment = name.substring("cross-stack-reference-input-".length());
    } else {
      TfResource remote = byAddress.get(key(from.stack(), REMOTE_STATE + name));
      String key =
          remote == null || remote.expressions() == null
              ? null
              : TfValues.literal(
                  remote.expressions().path("config").path("constant_value").path("key"));
      environment = key != null && key.contains("/") ? key.substring(0, key.indexOf('/')) : null;
    }
    String problem =
        "reads the remote state of " + Text.safe(name) + ", which is not among these inputs";
    String output = parts.size() > 4 && parts.get(3).equals("outputs") ? parts.get(4) : null;
    return environment == null
        ? Link.unresolved(problem)
        : Link.remote(problem, environment, output);
  }

  /** A dotted path through objects, unwrapping one-element block lists on the way. */
  private static JsonNode at(JsonNode node, String path) {
    JsonNode current = node;
    for (String part : path.split("\\.")) {
      current = TfValues.unwrap(current).path(part);
    }
    return current;
  }
}
