package io.payflow.platform.policies.internal;

import java.util.List;
import java.util.Map;

/**
 * The subnet group that places a database or a cache. One that names none is placed by AWS in the
 * account's default VPC, outside the estate's networks; a read replica or a member of a replication
 * group is placed by its source's group. A group given by its name is linked by reference, by ID or
 * by the name of a group in the same stack; one that cannot be linked is unknown, never taken for
 * none.
 */
final class SubnetPlacement {
  /** The group's address, or null: none named ({@code unknown} empty) or not linked. */
  record Placement(String group, List<String> unknown) {
    static final Placement NONE = new Placement(null, List.of());
    static final Placement UNKNOWN = new Placement(null, List.of("subnet_group"));
  }

  /** What names the group, and what places a resource that names none, by resource type. */
  private record Naming(String attribute, String groupType, String source, String sourceType) {}

  private static final Map<String, Naming> NAMING =
      Map.of(
          "aws_db_instance",
          new Naming(
              "db_subnet_group_name",
              "aws_db_subnet_group",
              "replicate_source_db",
              "aws_db_instance"),
          "aws_rds_cluster",
          new Naming("db_subnet_group_name", "aws_db_subnet_group", null, null),
          "aws_elasticache_replication_group",
          new Naming("subnet_group_name", "aws_elasticache_subnet_group", null, null),
          "aws_elasticache_cluster",
          new Naming(
              "subnet_group_name",
              "aws_elasticache_subnet_group",
              "replication_group_id",
              "aws_elasticache_replication_group"));

  /** A replica of a replica of ...: AWS allows a chain of a few; more is not followed. */
  private static final int MAX_SOURCES = 5;

  private final Linker linker;

  SubnetPlacement(Linker linker) {
    this.linker = linker;
  }

  Placement of(TfResource r) {
    return of(r, 0);
  }

  private Placement of(TfResource r, int depth) {
    Naming naming = NAMING.get(r.type());
    if (named(r, naming.attribute())) {
      return group(r, naming);
    }
    if (naming.source() == null || !named(r, naming.source())) {
      return Placement.NONE;
    }
    if (depth >= MAX_SOURCES) {
      return Placement.UNKNOWN;
    }
    return linker
        .resolve(r, naming.source(), naming.sourceType(), false)
        .single()
        .map(source -> of(source, depth + 1))
        .orElse(Placement.UNKNOWN);
  }

  private Placement group(TfResource r, Naming naming) {
    Linker.Link link = linker.resolve(r, naming.attribute(), naming.groupType(), false);
    if (link.single().isPresent()) {
      return new Placement(link.single().get().address(), List.of());
    }
    String name = TfValues.literal(r.attr(naming.attribute()));
    return name == null
        ? Placement.UNKNOWN
        : linker
            .named(r, naming.groupType(), name)
            .map(group -> new Placement(group.address(), List.of()))
            .orElse(Placement.UNKNOWN);
  }

  /** Set, to a value or to one only apply knows; an empty name is AWS's default, none. */
  private static boolean named(TfResource r, String attribute) {
    if (r.onlyApplyKnows(attribute)) {
      return true;
    }
    var value = r.attr(attribute);
    return !value.isMissingNode()
        && !value.isNull()
        && !(value.isTextual() && value.asText().isEmpty());
  }
}
