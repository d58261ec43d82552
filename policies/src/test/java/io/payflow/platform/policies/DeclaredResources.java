package io.payflow.platform.policies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts, independently of the adapters, the managed resources of the types the rules read that a
 * plan or Terraform JSON file declares, so a test can check that none was dropped. The list is
 * written out again on purpose (an oracle that shared the adapters' list would shrink with it);
 * {@code DeclaredResourcesTest} keeps the two from drifting apart.
 */
final class DeclaredResources {
  static final Set<String> READ_TYPES =
      Set.of(
          "aws_vpc",
          "aws_vpc_ipv4_cidr_block_association",
          "aws_subnet",
          "aws_vpc_peering_connection",
          "aws_vpc_peering_connection_accepter",
          "aws_vpc_endpoint",
          "aws_eks_cluster",
          "aws_eks_node_group",
          "aws_db_instance",
          "aws_rds_cluster",
          "aws_rds_cluster_instance",
          "aws_elasticache_replication_group",
          "aws_elasticache_cluster",
          "aws_db_subnet_group",
          "aws_docdb_subnet_group",
          "aws_neptune_subnet_group",
          "aws_elasticache_subnet_group",
          "aws_secretsmanager_secret_version",
          "aws_security_group",
          "aws_default_security_group",
          "aws_security_group_rule",
          "aws_vpc_security_group_ingress_rule",
          "aws_route_table",
          "aws_default_route_table",
          "aws_route",
          "aws_route_table_association",
          "aws_main_route_table_association",
          "aws_docdb_cluster",
          "aws_redshift_cluster",
          "aws_redshiftserverless_namespace",
          "aws_lightsail_database",
          "aws_dms_endpoint",
          "aws_directory_service_directory",
          "aws_elasticache_user",
          "aws_memorydb_user",
          "aws_mq_broker",
          "aws_opensearch_domain",
          "aws_elasticsearch_domain",
          "aws_ssm_parameter");

  private DeclaredResources() {}

  static Map<String, Integer> count(Path file) throws Exception {
    JsonNode root = new ObjectMapper().readTree(file.toFile());
    Map<String, Integer> out = new TreeMap<>();
    if (root.has("format_version")) {
      JsonNode changes = root.path("resource_changes");
      if (changes.size() > 0) {
        for (JsonNode c : changes) {
          boolean deleted =
              c.at("/change/actions").size() == 1
                  && List.of("delete", "forget").contains(c.at("/change/actions/0").asText());
          if (!deleted && !"data".equals(c.path("mode").asText())) {
            add(out, c.path("type").asText());
          }
        }
      } else {
        planned(root.at("/planned_values/root_module"), out);
      }
    } else {
      for (var types = root.path("resource").fields(); types.hasNext(); ) {
        var type = types.next();
        for (int i = 0; i < type.getValue().size(); i++) {
          add(out, type.getKey());
        }
      }
      // A module call's resources are in its source, not in the file: each call is one entry.
      if (root.path("module").size() > 0) {
        out.put("module", root.path("module").size());
      }
    }
    return out;
  }

  private static void planned(JsonNode module, Map<String, Integer> out) {
    for (JsonNode r : module.path("resources")) {
      if (!"data".equals(r.path("mode").asText())) {
        add(out, r.path("type").asText());
      }
    }
    module.path("child_modules").forEach(child -> planned(child, out));
  }

  private static void add(Map<String, Integer> out, String type) {
    if (READ_TYPES.contains(type)) {
      out.merge(type, 1, Integer::sum);
    }
  }
}
