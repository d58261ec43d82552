package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.topology.Role;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * One environment fact per stack or attributed name, with its state backend and its cost intent
 * (hours and budget tags, validated). Only an S3 backend is judged; another remote backend is
 * recorded as unknown and reported as unresolved, never given invented settings.
 */
final class TerraformEnvironments {
  private final List<TfStack> stacks;
  private final List<TfResource> resources;
  private final Map<String, String> environmentOf;
  private final FactsBuilder facts;
  private final Map<String, Facts.Environment> written = new LinkedHashMap<>();
  private final Map<String, Map<String, Noted>> intent = new HashMap<>();

  /**
   * A cost-intent tag's value and where it was read: the path is made only for a message, since
   * making it for every resource of a large plan cost more than reading the tags.
   */
  private record Noted(String value, Supplier<String> path) {}

  TerraformEnvironments(
      List<TfStack> stacks,
      List<TfResource> resources,
      Map<String, String> environmentOf,
      FactsBuilder facts) {
    this.stacks = stacks;
    this.resources = resources;
    this.environmentOf = environmentOf;
    this.facts = facts;
  }

  /** Writes the environments; returns hours a month per environment, for costs. */
  Map<String, Integer> write() {
    for (TfStack stack : stacks) {
      String name = Attribution.stackEnvironment(stack);
      if (name != null) {
        stack
            .tags()
            .forEach(
                (tag, value) -> {
                  if (intent(tag)) {
                    note(
                        name,
                        tag,
                        value,
                        () -> stack.pathPrefix() + "provider.aws.default_tags.tags." + tag);
                  }
                });
      }
    }
    for (TfResource r : resources) {
      String name = environmentOf.get(r.address());
      if (!name.equals(Attribution.UNATTRIBUTED) && !r.data()) {
        // The two tags looked up, not every tag copied out: a plan's resources carry many.
        for (IntentAttribute a : INTENT_ATTRIBUTES) {
          intentTag(r, name, a.attribute(), a.tag(), r.values().path(a.field()).path(a.tag()));
        }
      }
    }
    Map<String, Integer> hours = new HashMap<>();
    List<String> dependedOn = stacks.stream().flatMap(s -> s.dependencies().stream()).toList();
    for (TfStack stack : stacks) {
      String name = Attribution.stackEnvironment(stack);
      if (name == null && stack.backendType() != null) {
        name = soleEnvironment(stack);
      }
      if (name != null && !written.containsKey(name)) {
        add(name, stack.dependencies(), state(name, stack), dependedOn, hours);
      }
    }
    for (TfResource r : resources) {
      String name = environmentOf.get(r.address());
      if (!name.equals(Attribution.UNATTRIBUTED) && !written.containsKey(name)) {
        add(name, List.of(), null, dependedOn, hours);
      }
    }
    facts.environments.addAll(written.values());
    return hours;
  }

  /** The two tags that carry an environment's cost intent (hours a month, budget). */
  private static final List<String> INTENT_TAGS =
      List.of(CostIntent.HOURS_TAG, CostIntent.BUDGET_TAG);

  /** A cost-intent tag in one of a resource's tag maps, with its attribute path. */
  private record IntentAttribute(String field, String tag, String attribute) {
    IntentAttribute(String field, String tag) {
      this(field, tag, field + "." + tag);
    }
  }

  private static final List<IntentAttribute> INTENT_ATTRIBUTES =
      List.of("tags_all", "tags").stream()
          .flatMap(f -> INTENT_TAGS.stream().map(t -> new IntentAttribute(f, t)))
          .toList();

  /**
   * One cost-intent tag of a resource: its text noted; a value of another type, or one only apply
   * knows, refused (skipped, it would switch the environment's budget check off).
   */
  private void intentTag(TfResource r, String env, String attribute, String tag, JsonNode value) {
    if (value.isTextual()) {
      note(env, tag, value.asText(), () -> r.pathOf(attribute));
    } else if (r.isUnknown(attribute)) {
      throw new BadInput(
          r.pathOf(attribute), "known only after apply (give the tag a literal value)");
    } else if (!value.isMissingNode() && !value.isNull()) {
      throw new BadInput(r.pathOf(attribute), "expected a string");
    }
  }

  private static boolean intent(String tag) {
    return tag.equals(CostIntent.HOURS_TAG) || tag.equals(CostIntent.BUDGET_TAG);
  }

  /** Records a cost-intent tag; two different values for one environment are an input error. */
  private void note(String env, String tag, String value, Supplier<String> path) {
    Noted seen =
        intent.computeIfAbsent(env, e -> new HashMap<>()).putIfAbsent(tag, new Noted(value, path));
    if (seen != null && !seen.value().strip().equals(value.strip())) {
      throw new BadInput(
          path.get(),
          "environment "
              + Text.safe(env)
              + " has "
              + tag
              + " '"
              + Text.safe(value)
              + "' here and '"
              + Text.safe(seen.value())
              + "' at "
              + seen.path().get()
              + " (give every resource of an environment the same value)");
    }
  }

  private void add(
      String name,
      List<String> dependsOn,
      StateOrUnknown state,
      List<String> dependedOn,
      Map<String, Integer> hours) {
    Map<String, Noted> tags = intent.getOrDefault(name, Map.of());
    Noted h = tags.get(CostIntent.HOURS_TAG);
    Noted b = tags.get(CostIntent.BUDGET_TAG);
    int perMonth = h == null ? 730 : CostIntent.hours(h.value(), h.path().get());
    BigDecimal budget = b == null ? null : CostIntent.budget(b.value(), b.path().get());
    hours.put(name, perMonth);
    String lower = name.toLowerCase(Locale.ROOT);
    boolean hub =
        lower.contains("hub")
            || lower.contains("shared")
            || (dependedOn.contains(name) && dependsOn.isEmpty());
    StateOrUnknown s = state == null ? StateOrUnknown.UNKNOWN : state;
    written.put(
        name,
        new Facts.Environment(
            name,
            null,
            name,
            (hub ? Role.HUB : Role.SPOKE).name().toLowerCase(Locale.ROOT),
            tier(lower),
            perMonth,
            budget,
            List.copyOf(dependsOn),
            s.state(),
            s.unknown() ? List.of("state") : List.of()));
  }

  /**
   * The environment of a stack that names none (a file of Terraform JSON, its backend key without a
   * directory): the one its resources are attributed to. With none or several, its backend is
   * unresolved and null is returned: read for none of them, it would be judged for none.
   */
  private String soleEnvironment(TfStack stack) {
    SortedSet<String> names = new TreeSet<>();
    for (TfResource r : resources) {
      String name = environmentOf.get(r.address());
      if (!r.data()
          && Objects.equals(r.stack(), stack.name())
          && !name.equals(Attribution.UNATTRIBUTED)) {
        names.add(name);
      }
    }
    if (names.size() == 1) {
      return names.first();
    }
    facts.unresolved(
        new Facts.Unresolved(
            "backend." + Text.safe(stack.backendType()),
            Attribution.UNATTRIBUTED,
            stack.pathPrefix() + "terraform.backend." + stack.backendType(),
            TerraformFacts.BACKEND,
            "the backend of a file whose environment cannot be told (no stack name, no directory"
                + " in its key, resources of "
                + names.size()
                + " environments), so its state cannot be judged"));
    return null;
  }

  private static String tier(String name) {
    if (name.contains("prod")) {
      return "production";
    }
    if (name.contains("stag")) {
      return "staging";
    }
    if (name.contains("dev")) {
      return "development";
    }
    return name.contains("hub") || name.contains("shared") ? "shared" : "unknown";
  }

  /** A state backend, or the fact that this input cannot show or judge it. */
  record StateOrUnknown(Facts.State state, boolean unknown) {
    static final StateOrUnknown UNKNOWN = new StateOrUnknown(null, true);
    static final StateOrUnknown NONE = new StateOrUnknown(null, false);
  }

  private StateOrUnknown state(String env, TfStack stack) {
    if (!stack.backendVisible()) {
      return StateOrUnknown.UNKNOWN;
    }
    String type = stack.backendType();
    if (type == null || type.equals("local")) {
      return StateOrUnknown.NONE;
    }
    if (!type.equals("s3")) {
      facts.unresolved(
          new Facts.Unresolved(
              env + ".backend." + Text.safe(type),
              env,
              stack.pathPrefix() + "terraform.backend." + type,
              TerraformFacts.BACKEND,
              "backend '"
                  + Text.safe(type)
                  + "' is not judged (payflow checks state isolation, encryption and locking of S3 backends)"));
      return StateOrUnknown.UNKNOWN;
    }
    facts.read(TerraformFacts.BACKEND);
    var s3 = stack.backend();
    return new StateOrUnknown(
        new Facts.State(
            env + ".backend.s3",
            stack.pathPrefix() + "terraform.backend.s3",
            TfValues.literal(s3.path("bucket")),
            TfValues.literal(s3.path("key")),
            TfValues.literal(s3.path("region")),
            TfValues.literal(s3.path("dynamodb_table")),
            TfValues.bool(s3.path("encrypt")),
            TfValues.literal(s3.path("kms_key_id")),
            TfValues.bool(s3.path("use_lockfile"))),
        false);
  }
}
