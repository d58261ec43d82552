package io.payflow.platform.policies;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Small inputs written for one behaviour each: written as a user's file, read by the adapter its
 * content calls for, their facts checked against the schema, evaluated by the bundled rules.
 */
final class InputCases {
  private static PolicyEngine engine;

  private InputCases() {}

  /** The bundled rules, judging dates as of one fixed day; loaded once for every test class. */
  static synchronized PolicyEngine engine() throws PolicyEvaluationException {
    if (engine == null) {
      engine = PolicyEngine.builder().today(LocalDate.parse("2026-11-27")).build();
    }
    return engine;
  }

  /** {@code json}, written with ' for ", as {@code name} in {@code dir}, read. */
  static Input read(Path dir, String name, String json) throws Exception {
    Path file = Files.writeString(dir.resolve(name), json.replace('\'', '"'));
    Input input = Inputs.read(file, name);
    FactsSchema.assertValid(input.facts().json(), name);
    return input;
  }

  static Report evaluate(Input input) throws Exception {
    return engine().evaluate(input.facts());
  }

  /**
   * The findings of {@code rules}, each as its rule and message, in the report's order, for a
   * Terraform JSON stack of {@code resources} (written with ' for ") whose S3 state key lies under
   * {@code environment}.
   */
  static java.util.List<String> findings(
      Path dir, String environment, String resources, String... rules) throws Exception {
    String json =
        "{'terraform': {'backend': {'s3': {'bucket': 'b', 'key': '"
            + environment
            + "/terraform.tfstate', 'region': 'us-east-1'}}}, 'resource': {"
            + resources
            + "}}";
    java.util.List<String> wanted = java.util.List.of(rules);
    return evaluate(read(dir, "main.tf.json", json)).findings().stream()
        .filter(f -> wanted.contains(f.ruleId()))
        .map(f -> f.ruleId() + " " + f.message())
        .toList();
  }

  /** As {@link #findings}, sorted. */
  static java.util.List<String> sortedFindings(
      Path dir, String environment, String resources, String... rules) throws Exception {
    return findings(dir, environment, resources, rules).stream().sorted().toList();
  }

  /**
   * The findings of {@code rules}, each as its rule and message, for a plan of the given {@code
   * resource_changes} elements (JSON, as {@link PlanChanges#change} writes them), its facts checked
   * against the schema.
   */
  static java.util.List<String> planFindings(Path dir, String changes, String... rules)
      throws Exception {
    return planJsonFindings(
        dir,
        "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.8\", \"resource_changes\": ["
            + changes
            + "]}",
        rules);
  }

  /**
   * The findings of {@code rules}, each as its rule and message, for a whole plan {@code json}
   * (with its configuration, variables...), its facts checked against the schema.
   */
  static java.util.List<String> planJsonFindings(Path dir, String json, String... rules)
      throws Exception {
    Path file = Files.writeString(dir.resolve("plan.json"), json);
    Input input = Inputs.read(file, "plan.json");
    FactsSchema.assertValid(input.facts().json(), "plan.json");
    java.util.List<String> wanted = java.util.List.of(rules);
    return evaluate(input).findings().stream()
        .filter(f -> wanted.contains(f.ruleId()))
        .map(f -> f.ruleId() + " " + f.message())
        .toList();
  }

  /**
   * An {@code aws_rds_cluster} entry of a Terraform JSON stack (written with ' for "): its name as
   * the identifier, a managed master password, then {@code attributes} (a comma-separated list).
   */
  static String rdsCluster(String name, String attributes) {
    return "'"
        + name
        + "': {'cluster_identifier': '"
        + name
        + "', 'manage_master_user_password': true, 'master_username': 'x', "
        + attributes
        + "}";
  }

  /**
   * An {@code aws_eks_node_group} entry of a Terraform JSON stack of cluster {@code c}: its name,
   * one node, then {@code more} (empty, or starting with a comma).
   */
  static String nodeGroup(String name, String more) {
    return "'"
        + name
        + "': {'cluster_name': '${aws_eks_cluster.c.name}', 'node_group_name': '"
        + name
        + "', 'node_role_arn': 'arn', 'subnet_ids': [], 'scaling_config': [{'desired_size': 1,"
        + " 'max_size': 1, 'min_size': 1}]"
        + more
        + "}";
  }

  /**
   * An {@code aws_db_instance} entry of a Terraform JSON stack (written with ' for "): its name as
   * the identifier, then {@code attributes} (a comma-separated list, or empty).
   */
  static String dbInstance(String name, String attributes) {
    return "'"
        + name
        + "': {'identifier': '"
        + name
        + "'"
        + (attributes.isEmpty() ? "" : ", " + attributes)
        + "}";
  }

  /** Each finding as its rule and message, one a line, in the report's order. */
  static String lines(Report report) {
    StringBuilder all = new StringBuilder();
    report
        .findings()
        .forEach(f -> all.append(f.ruleId()).append(' ').append(f.message()).append('\n'));
    return all.toString();
  }
}
