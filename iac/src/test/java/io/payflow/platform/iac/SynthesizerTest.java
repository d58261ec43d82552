package io.payflow.platform.iac;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.payflow.platform.topology.TopologyLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference topology synthesized once for the class (jsii starts Node.js, which costs seconds),
 * then read back as JSON. Golden files: update with {@code ./mvnw -pl iac test
 * -Dpayflow.updateGolden=true}.
 */
class SynthesizerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path ROOT = root();
  private static final List<String> STACKS = List.of("hub", "production", "development");

  /** Resource types the AWS provider cannot tag. */
  private static final Set<String> UNTAGGABLE =
      Set.of(
          "aws_route",
          "aws_route_table_association",
          "aws_iam_role_policy_attachment",
          "aws_iam_role_policy",
          "aws_secretsmanager_secret_version");

  @TempDir static Path out;
  private static SynthResult result;
  private static Map<String, JsonNode> stacks = new TreeMap<>();

  @BeforeAll
  static void synthOnce() throws Exception {
    result =
        Synthesizer.synth(
            TopologyLoader.load(ROOT.resolve("examples/payflow.yaml")), out.resolve("first"));
    for (SynthResult.Stack stack : result.stacks()) {
      stacks.put(stack.name(), JSON.readTree(stack.file().toFile()));
    }
  }

  private static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.exists(dir.resolve("examples/payflow.yaml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("repository root not found");
  }

  @Test
  void oneStackPerEnvironmentInDeploymentOrder() throws Exception {
    assertThat(result.stacks())
        .extracting(SynthResult.Stack::name)
        .containsExactlyElementsOf(STACKS);
    JsonNode manifest = JSON.readTree(out.resolve("first/manifest.json").toFile());
    assertThat(manifest.at("/stacks/production/dependencies").toString()).isEqualTo("[\"hub\"]");
    assertThat(manifest.at("/stacks/development/dependencies").toString()).isEqualTo("[\"hub\"]");
    assertThat(manifest.at("/stacks/hub/dependencies").toString()).isEqualTo("[]");
  }

  @Test
  void eachStackMatchesItsGoldenFile() throws Exception {
    for (SynthResult.Stack stack : result.stacks()) {
      Path golden = ROOT.resolve("iac/src/test/resources/golden/" + stack.name() + ".cdk.tf.json");
      String actual = Files.readString(stack.file());
      if (Boolean.getBoolean("payflow.updateGolden")) {
        Files.writeString(golden, actual);
      }
      assertThat(actual).as(stack.name()).isEqualTo(Files.readString(golden));
    }
  }

  @Test
  void aSecondSynthIsByteIdentical() throws Exception {
    SynthResult again =
        Synthesizer.synth(
            TopologyLoader.load(ROOT.resolve("examples/payflow.yaml")), out.resolve("second"));
    for (int i = 0; i < STACKS.size(); i++) {
      assertThat(Files.readAllBytes(again.stacks().get(i).file()))
          .isEqualTo(Files.readAllBytes(result.stacks().get(i).file()));
    }
    assertThat(Files.readString(out.resolve("second/manifest.json")))
        .isEqualTo(Files.readString(out.resolve("first/manifest.json")));
  }

  @Test
  void everyEnvironmentHasItsOwnEncryptedLockedStateKey() {
    for (String name : STACKS) {
      JsonNode s3 = stacks.get(name).at("/terraform/backend/s3");
      assertThat(s3.path("bucket").asText()).isEqualTo("payflow-terraform-state");
      assertThat(s3.path("key").asText()).isEqualTo(name + "/terraform.tfstate");
      assertThat(s3.path("encrypt").asBoolean()).isTrue();
      assertThat(s3.path("dynamodb_table").asText()).isEqualTo("payflow-terraform-locks");
      assertThat(s3.path("kms_key_id").asText()).isEqualTo("alias/payflow-terraform-state");
    }
  }

  @Test
  void everyClusterIsPrivateAndEnvelopeEncrypted() {
    for (String name : STACKS) {
      JsonNode eks = stacks.get(name).at("/resource/aws_eks_cluster/eks");
      assertThat(eks.at("/vpc_config/endpoint_public_access").asBoolean()).as(name).isFalse();
      assertThat(eks.at("/vpc_config/endpoint_private_access").asBoolean()).as(name).isTrue();
      assertThat(eks.at("/encryption_config/resources/0").asText()).isEqualTo("secrets");
    }
  }

  @Test
  void databasePasswordsAreManagedAndNoLiteralSecretAppears() throws Exception {
    for (String name : List.of("production", "development")) {
      JsonNode db = stacks.get(name).at("/resource/aws_db_instance/db-payflow");
      assertThat(db.path("manage_master_user_password").asBoolean()).as(name).isTrue();
      assertThat(db.has("password")).isFalse();
      JsonNode cache =
          stacks
              .get(name)
              .path("resource")
              .path("aws_elasticache_replication_group")
              .elements()
              .next();
      assertThat(cache.path("auth_token").asText())
          .startsWith("${data.aws_secretsmanager_secret_version.");
      assertThat(cache.path("transit_encryption_enabled").asBoolean()).isTrue();
    }
    for (SynthResult.Stack stack : result.stacks()) {
      for (String secretField : secretFields(JSON.readTree(stack.file().toFile()))) {
        assertThat(secretField).as(stack.name()).startsWith("${");
      }
    }
  }

  @Test
  void productionIsMultiAzAndDevelopmentRunsSpotInOneZone() {
    JsonNode production = stacks.get("production").path("resource");
    assertThat(production.at("/aws_db_instance/db-payflow/multi_az").asBoolean()).isTrue();
    assertThat(
            production
                .at(
                    "/aws_elasticache_replication_group/cache-payflow-production-redis/multi_az_enabled")
                .asBoolean())
        .isTrue();
    assertThat(production.at("/aws_nat_gateway").size()).isEqualTo(2);
    assertThat(production.at("/aws_eks_node_group/nodes-workloads/subnet_ids").size()).isEqualTo(2);
    JsonNode development = stacks.get("development").path("resource");
    assertThat(development.at("/aws_eks_node_group/nodes-workloads/capacity_type").asText())
        .isEqualTo("SPOT");
    assertThat(development.at("/aws_eks_node_group/nodes-workloads/subnet_ids").size())
        .isEqualTo(1);
    assertThat(development.at("/aws_nat_gateway").size()).isEqualTo(1);
    assertThat(development.at("/aws_db_instance/db-payflow/multi_az").asBoolean()).isFalse();
  }

  @Test
  void bothSpokesPeerWithTheHubThroughCrossStackReferences() {
    for (String spoke : List.of("production", "development")) {
      JsonNode stack = stacks.get(spoke);
      JsonNode peering = stack.at("/resource/aws_vpc_peering_connection/peering-hub");
      assertThat(peering.path("peer_vpc_id").asText())
          .startsWith("${data.terraform_remote_state.cross-stack-reference-input-hub.outputs.");
      assertThat(
              stack
                  .at("/data/terraform_remote_state/cross-stack-reference-input-hub/config/key")
                  .asText())
          .isEqualTo("hub/terraform.tfstate");
      List<String> destinations = new ArrayList<>();
      stack
          .path("resource")
          .path("aws_route")
          .forEach(r -> destinations.add(r.path("destination_cidr_block").asText()));
      assertThat(destinations)
          .contains("10.0.0.0/16", spoke.equals("production") ? "10.1.0.0/16" : "10.2.0.0/16");
    }
    assertThat(stacks.get("hub").path("output").size()).isGreaterThan(0);
  }

  @Test
  void theBastionsSubnetRoutesToEachSpokeAndTheApiRuleWaitsForThePeering() {
    for (String spoke : List.of("production", "development")) {
      JsonNode resources = stacks.get(spoke).path("resource");
      JsonNode toSpoke = resources.at("/aws_route/route-from-hub-public");
      assertThat(toSpoke.path("route_table_id").asText())
          .as("the hub's public table, where the bastion stands")
          .contains("aws_route_tablert-publicid");
      assertThat(toSpoke.path("destination_cidr_block").asText())
          .isEqualTo(spoke.equals("production") ? "10.1.0.0/16" : "10.2.0.0/16");
      assertThat(toSpoke.path("vpc_peering_connection_id").asText())
          .isEqualTo("${aws_vpc_peering_connection.peering-hub.id}");
      JsonNode apiRule =
          resources.at("/aws_vpc_security_group_ingress_rule/sg-eks-api-from-bastion");
      assertThat(apiRule.path("referenced_security_group_id").asText())
          .startsWith("${data.terraform_remote_state.cross-stack-reference-input-hub.outputs.");
      assertThat(apiRule.path("depends_on").get(0).asText())
          .isEqualTo("aws_vpc_peering_connection.peering-hub");
    }
  }

  @Test
  void eachClusterGivesExternalSecretsAnIdentityScopedToItsEnvironment() {
    JsonNode production = stacks.get("production");
    JsonNode provider = production.at("/resource/aws_iam_openid_connect_provider/eks-oidc");
    assertThat(provider.path("url").asText())
        .isEqualTo("${aws_eks_cluster.eks.identity[0].oidc[0].issuer}");
    assertThat(production.at("/resource/aws_iam_role/external-secrets-role/name").asText())
        .isEqualTo("payflow-production-external-secrets");
    JsonNode trust =
        production.at("/data/aws_iam_policy_document/external-secrets-trust/statement/0");
    assertThat(trust.at("/actions/0").asText()).isEqualTo("sts:AssumeRoleWithWebIdentity");
    assertThat(trust.at("/condition/0/values/0").asText())
        .isEqualTo("system:serviceaccount:external-secrets:external-secrets");
    List<String> readable = new ArrayList<>();
    production
        .at("/data/aws_iam_policy_document/external-secrets-read/statement/0/resources")
        .forEach(r -> readable.add(r.asText()));
    assertThat(readable)
        .allSatisfy(r -> assertThat(r).startsWith("arn:aws:secretsmanager:us-east-1:"))
        .anySatisfy(r -> assertThat(r).endsWith(":secret:payflow/production/*"))
        .anySatisfy(r -> assertThat(r).endsWith(":secret:payflow/shared/*"))
        .noneSatisfy(r -> assertThat(r).contains("development"));
  }

  @Test
  void aSpokeWithoutPeersNeverReferencesTheHubsGroups(@TempDir Path dir) throws Exception {
    String yaml =
        Files.readString(ROOT.resolve("examples/payflow.yaml")).replace("    peers: [hub]\n", "");
    Path topology = dir.resolve("unpeered.yaml");
    Files.writeString(topology, yaml);
    SynthResult unpeered = Synthesizer.synth(TopologyLoader.load(topology), dir.resolve("out"));
    for (SynthResult.Stack stack : unpeered.stacks()) {
      String json = Files.readString(stack.file());
      if (!stack.name().equals("hub")) {
        assertThat(json).doesNotContain("aws_vpc_peering_connection").doesNotContain("sg-bastion");
        assertThat(JSON.readTree(json).at("/resource/aws_vpc_security_group_ingress_rule"))
            .noneMatch(r -> r.has("referenced_security_group_id"));
      }
    }
  }

  @Test
  void sshReachesOnlyTheBastionFromTheAdminRange() {
    JsonNode hub = stacks.get("hub").path("resource");
    List<JsonNode> ssh = new ArrayList<>();
    for (String name : STACKS) {
      stacks
          .get(name)
          .path("resource")
          .path("aws_vpc_security_group_ingress_rule")
          .forEach(
              rule -> {
                if (rule.path("from_port").asInt() <= 22 && rule.path("to_port").asInt() >= 22) {
                  ssh.add(rule);
                }
              });
    }
    assertThat(ssh)
        .singleElement()
        .satisfies(
            rule -> {
              assertThat(rule.path("cidr_ipv4").asText()).isEqualTo("203.0.113.0/24");
              assertThat(rule.path("security_group_id").asText())
                  .isEqualTo("${aws_security_group.sg-bastion.id}");
            });
    assertThat(hub.at("/aws_instance/bastion/metadata_options/http_tokens").asText())
        .isEqualTo("required");
  }

  private static String environmentPath(String environment) {
    List<String> names;
    try {
      names =
          TopologyLoader.load(ROOT.resolve("examples/payflow.yaml")).environments().stream()
              .map(e -> e.name())
              .toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return "environments[" + names.indexOf(environment) + "]";
  }

  @Test
  void everyTaggableResourceCarriesEnvironmentAndManagedBy() {
    for (Map.Entry<String, JsonNode> stack : stacks.entrySet()) {
      for (Iterator<Map.Entry<String, JsonNode>> types = stack.getValue().path("resource").fields();
          types.hasNext(); ) {
        Map.Entry<String, JsonNode> type = types.next();
        if (UNTAGGABLE.contains(type.getKey())) {
          continue;
        }
        type.getValue()
            .fields()
            .forEachRemaining(
                resource -> {
                  JsonNode tags = resource.getValue().path("tags");
                  assertThat(tags.path("Environment").asText())
                      .as(type.getKey() + "." + resource.getKey())
                      .isEqualTo(stack.getKey());
                  assertThat(tags.path("ManagedBy").asText())
                      .as(type.getKey() + "." + resource.getKey())
                      .isEqualTo("payflow");
                  // The topology element it comes from, under this environment.
                  assertThat(
                          io.payflow.platform.topology.SourceTags.decode(
                              tags.path("payflow:source").asText()))
                      .as(type.getKey() + "." + resource.getKey())
                      .hasValueSatisfying(
                          path -> assertThat(path).startsWith(environmentPath(stack.getKey())));
                });
      }
      assertThat(stack.getValue().at("/provider/aws/0/default_tags/0/tags/ManagedBy").asText())
          .isEqualTo("payflow");
    }
  }

  /** Values of every password, auth_token and secret_string field anywhere in a stack. */
  private static List<String> secretFields(JsonNode node) {
    List<String> values = new ArrayList<>();
    node.fields()
        .forEachRemaining(
            field -> {
              if (Set.of("password", "auth_token", "secret_string").contains(field.getKey())
                  && field.getValue().isTextual()) {
                values.add(field.getValue().asText());
              }
              values.addAll(secretFields(field.getValue()));
            });
    if (node.isArray()) {
      node.forEach(element -> values.addAll(secretFields(element)));
    }
    return values;
  }

  @Test
  void subnetsCarryTheLoadBalancerRoleTagsOfTheirTier() {
    JsonNode subnets = stacks.get("production").at("/resource/aws_subnet");
    subnets
        .fields()
        .forEachRemaining(
            s -> {
              JsonNode tags = s.getValue().path("tags");
              String tier = tags.path("Tier").asText();
              assertThat(tags.has("kubernetes.io/role/elb"))
                  .as(s.getKey())
                  .isEqualTo(tier.equals("public"));
              assertThat(tags.has("kubernetes.io/role/internal-elb"))
                  .as(s.getKey())
                  .isEqualTo(tier.equals("private"));
            });
  }

  @Test
  void everySecretACredentialReadsGetsAGeneratedFirstValueInTheHub() {
    JsonNode hub = stacks.get("hub");
    JsonNode versions = hub.at("/resource/aws_secretsmanager_secret_version");
    assertThat(versions.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder(
            "secret-payflow-production-redis-auth-initial",
            "secret-payflow-development-redis-auth-initial");
    versions.forEach(
        v -> {
          assertThat(v.path("secret_string").asText())
              .startsWith("${data.aws_secretsmanager_random_password.");
          assertThat(v.at("/lifecycle/ignore_changes").toString()).contains("secret_string");
        });
  }
}
