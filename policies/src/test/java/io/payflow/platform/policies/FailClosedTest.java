package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cases of the fail-closed issue, each as a user met it: every Terraform input is read
 * completely and exactly, or refused with a line naming the file, place, path and fix.
 */
class FailClosedTest {
  @TempDir Path dir;
  private static PolicyEngine engine;

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(java.time.LocalDate.parse("2026-11-27")).build();
  }

  private Input read(String name, String json) throws Exception {
    Path file = Files.writeString(dir.resolve(name), json.replace('\'', '"'));
    return Inputs.read(file, name);
  }

  private Report evaluate(Input input) throws Exception {
    FactsSchema.assertValid(input.facts().json(), input.name());
    return engine.evaluate(input.facts());
  }

  static Stream<Arguments> wrongShapes() {
    return Stream.of(
        Arguments.of(
            "{'format_version':'1.2','planned_values':{'root_module':{'resources':'x'}}}",
            "p.json:1:70: planned_values.root_module.resources: expected a list (is this file the output of `terraform show -json`, unedited?)"),
        Arguments.of(
            "{'format_version':'1.2','planned_values':{'root_module':{'resources':42}}}",
            "p.json:1:70: planned_values.root_module.resources: expected a list (is this file the output of `terraform show -json`, unedited?)"),
        Arguments.of(
            "{'format_version':'1.2','planned_values':{'root_module':{'child_modules':'x'}}}",
            "p.json:1:74: planned_values.root_module.child_modules: expected a list (is this file the output of `terraform show -json`, unedited?)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':7,'type':'aws_vpc','change':{'actions':['create'],'after':{}}}]}",
            "p.json:1:56: resource_changes[0].address: expected a string (is this file the output of `terraform show -json`, unedited?)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_vpc.a','type':'aws_vpc','change':{'actions':['create'],'after':{'cidr_block':'10.0.0.0/16'}}},{'address':'aws_vpc.a','type':'aws_vpc','change':{'actions':['create'],'after':{'cidr_block':'8.8.0.0/16'}}}]}",
            "p.json:1:166: resource_changes[1].address: the same address as resource_changes[0]: a plan lists each resource once (is this the unedited output of `terraform show -json`?)"),
        Arguments.of(
            "{'format_version':'1.2','planned_values':{'root_module':{'resources':[{'address':'aws_vpc.a','type':'aws_vpc','mode':'managed','values':{}}],'child_modules':[{'resources':[{'address':'aws_vpc.a','type':'aws_vpc','mode':'managed','values':{}}]}]}}}",
            "p.json:1:184: planned_values.root_module.child_modules[0].resources[0].address: the same address as planned_values.root_module.resources[0]: a plan lists each resource once (is this the unedited output of `terraform show -json`?)"),
        Arguments.of(
            "{'resource':[{'aws_vpc':{'a':{'cidr_block':'10.0.0.0/16'}}},{'aws_vpc':{'b':{'cidr_block':'10.1.0.0/16'},'a':{'cidr_block':'8.8.0.0/16'}}}]}",
            "p.json:1:110: resource[1].aws_vpc.a: is declared twice; Terraform refuses two blocks of one type and name (rename or remove one)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_security_group.open','mode':'data','type':'aws_security_group','change':{'actions':['create'],'after':{}}}]}",
            "p.json:1:89: resource_changes[0].mode: expected managed: the address names a managed resource (a data source's starts with data.) (is this the unedited output of `terraform show -json`?)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'module.m.data.aws_vpc.x','mode':'managed','type':'aws_vpc','change':{'actions':['read'],'after':{}}}]}",
            "p.json:1:89: resource_changes[0].mode: expected data: the address names a data source (is this the unedited output of `terraform show -json`?)"),
        // A list of subnets of another shape was a list of none: the cluster's zones unchecked.
        Arguments.of(
            "{'resource':{'aws_eks_cluster':{'c':{'vpc_config':{'subnet_ids':{'a':1}}}}}}",
            "p.json:1:65: resource.aws_eks_cluster.c.vpc_config.subnet_ids: expected a list of IDs or references"),
        Arguments.of(
            "{'resource':{'aws_db_subnet_group':{'g':{'subnet_ids':7}}}}",
            "p.json:1:55: resource.aws_db_subnet_group.g.subnet_ids: expected a list of IDs or references"),
        Arguments.of(
            "{'resource':{'aws_db_subnet_group':{'g':{'subnet_ids':[{'id':'subnet-1'}]}}}}",
            "p.json:1:55: resource.aws_db_subnet_group.g.subnet_ids: expected a list of IDs or references"),
        Arguments.of(
            "{'resource':{'aws_security_group':{'s':{'ingress':'x'}}}}",
            "p.json:1:51: resource.aws_security_group.s.ingress: expected a block (an object) or a list of blocks"),
        Arguments.of(
            "{'resource':{'aws_security_group':{'s':{'ingress':[1]}}}}",
            "p.json:1:52: resource.aws_security_group.s.ingress[0]: expected a block (an object)"),
        Arguments.of(
            "{'resource':{'aws_security_group':{'s':{'ingress':[{'from_port':22,'to_port':22,'protocol':'tcp','cidr_blocks':'0.0.0.0/0'}]}}}}",
            "p.json:1:112: resource.aws_security_group.s.ingress[0].cidr_blocks: expected a list of CIDR strings"),
        Arguments.of(
            "{'resource':{'aws_security_group':{'s':{'ingress':[{'from_port':22,'to_port':22,'protocol':'tcp','ipv6_cidr_blocks':['::/0',7]}]}}}}",
            "p.json:1:125: resource.aws_security_group.s.ingress[0].ipv6_cidr_blocks[1]: expected an IPv6 CIDR string such as ::/0"),
        Arguments.of(
            "{'resource':{'aws_eks_cluster':{'c':{'name':'c','vpc_config':'private'}}}}",
            "p.json:1:62: resource.aws_eks_cluster.c.vpc_config: expected one block (an object)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_eks_cluster.c','type':'aws_eks_cluster','change':{'actions':['create'],'after':{'vpc_config':[{'endpoint_public_access':false},{'endpoint_public_access':true}]}}}]}",
            "p.json:1:154: resource_changes[0].change.after.vpc_config: expected one block (an object)"),
        Arguments.of(
            "{'resource':[1,2,3]}",
            "p.json:1:14: resource[0]: expected an object (a block's body)"),
        Arguments.of(
            "{'terraform':{'backend':{'s3':{'key':true}}}}",
            "p.json:1:38: terraform.backend.s3.key: expected a string"),
        Arguments.of(
            "{'terraform':'NaN'}",
            "p.json:1:14: terraform: expected an object or an array of objects"),
        Arguments.of(
            "{'resource':{'aws_vpc':{'a':{'cidr_block':'010.1.0.0/16'}}}}",
            "p.json:1:43: resource.aws_vpc.a.cidr_block: '010.1.0.0/16' is not an IPv4 CIDR (octet '010' has a leading zero (Terraform and AWS refuse it; write 10))"),
        Arguments.of(
            "{'resource':{'aws_vpc':{'a':{'cidr_block':' 10.1.0.0/16'}}}}",
            "p.json:1:43: resource.aws_vpc.a.cidr_block: ' 10.1.0.0/16' is not an IPv4 CIDR (surrounding white space is not allowed)"),
        Arguments.of(
            "{'resource':{'aws_vpc':{'a':{'cidr_block':'10.1.0.0/16\\n'}}}}",
            "p.json:1:43: resource.aws_vpc.a.cidr_block: '10.1.0.0/16\\u000a' is not an IPv4 CIDR (surrounding white space is not allowed)"),
        Arguments.of(
            "{'resource':{'aws_vpc':{'a':{'cidr_block':'\u0661\u0660.1.0.0/16'}}}}",
            "p.json:1:43: resource.aws_vpc.a.cidr_block: '\u0661\u0660.1.0.0/16' is not an IPv4 CIDR (octet '\u0661\u0660' is not a number 0-255)"),
        Arguments.of(
            "{'format_version':'1.2','planned_values':{'root_module':{'resources':[{'address':'aws_vpc.a','type':'aws_vpc','mode':'managed','values':{'cidr_block':'10.0.0.0/33'}}]}}}",
            "p.json:1:151: planned_values.root_module.resources[0].values.cidr_block: '10.0.0.0/33' is not an IPv4 CIDR (prefix must be 0-32)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_eks_cluster.a','type':'aws_eks_cluster','change':{'actions':['create'],'after':{'vpc_config':[{'endpoint_public_access':'yes'}]}}}]}",
            "p.json:1:181: resource_changes[0].change.after.vpc_config[0].endpoint_public_access: expected true or false"),
        Arguments.of(
            "{'resource':{'aws_security_group':{'g':{'ingress':[{'from_port':22,'to_port':22,'protocol':'tcp','cidr_blocks':['10.0.0.0/8','10.0.0.0/33']}]}}}}",
            "p.json:1:126: resource.aws_security_group.g.ingress[0].cidr_blocks[1]: '10.0.0.0/33' is not an IPv4 CIDR (prefix must be 0-32)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_route_table.t','type':'aws_route_table','change':{'actions':['create'],'after':{'vpc_id':'vpc-1','route':[{'cidr_block':'0.0.0.0/33','gateway_id':'igw-1'}]}}},{'address':'aws_vpc.v','type':'aws_vpc','change':{'actions':['create'],'after':{'id':'vpc-1','cidr_block':'10.0.0.0/16'}}}]}",
            "p.json:1:181: resource_changes[0].change.after.route[0].cidr_block: '0.0.0.0/33' is not an IPv4 CIDR (prefix must be 0-32)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_eks_node_group.n','type':'aws_eks_node_group','change':{'actions':['create'],'after':{'instance_types':['m5.large'],'scaling_config':[{'desired_size':-5}]}}}]}",
            "p.json:1:211: resource_changes[0].change.after.scaling_config[0].desired_size: expected a whole number, 0 or more"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_eks_node_group.n','type':'aws_eks_node_group','change':{'actions':['create'],'after':{'instance_types':['m5.large'],'scaling_config':[{'desired_size':4294967298}]}}}]}",
            "p.json:1:211: resource_changes[0].change.after.scaling_config[0].desired_size: expected a whole number, 0 or more"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_eks_node_group.n','type':'aws_eks_node_group','change':{'actions':['create'],'after':{'instance_types':['m5.large'],'scaling_config':[{'desired_size':2.5}]}}}]}",
            "p.json:1:211: resource_changes[0].change.after.scaling_config[0].desired_size: expected a whole number, 0 or more"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_eks_node_group.n','type':'aws_eks_node_group','change':{'actions':['create'],'after':{'instance_types':['m5.large'],'scaling_config':[{'desired_size':'many'}]}}}]}",
            "p.json:1:211: resource_changes[0].change.after.scaling_config[0].desired_size: expected a whole number, 0 or more"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_db_instance.d','type':'aws_db_instance','change':{'actions':['create'],'after':{'engine':'postgres','instance_class':'db.t3.micro','allocated_storage':-20}}}]}",
            "p.json:1:212: resource_changes[0].change.after.allocated_storage: expected a whole number, 0 or more"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_elasticache_replication_group.c','type':'aws_elasticache_replication_group','change':{'actions':['create'],'after':{'node_type':'cache.t3.micro','num_node_groups':2,'replicas_per_node_group':true}}}]}",
            "p.json:1:252: resource_changes[0].change.after.replicas_per_node_group: expected a whole number, 0 or more"),
        Arguments.of(
            "{'resource':{'aws_security_group':{'g':{'ingress':[{'from_port':4294967318,'to_port':4294967318,'protocol':'tcp','cidr_blocks':['0.0.0.0/0']}]}}}}",
            "p.json:1:65: resource.aws_security_group.g.ingress[0].from_port: expected a port number, -1 to 65535"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_security_group_rule.r','type':'aws_security_group_rule','change':{'actions':['create'],'after':{'type':'ingress','protocol':'tcp','from_port':22,'to_port':70000,'cidr_blocks':['10.0.0.0/8']}}}]}",
            "p.json:1:216: resource_changes[0].change.after.to_port: expected a port number, -1 to 65535"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[{'address':'aws_vpc_security_group_ingress_rule.r','type':'aws_vpc_security_group_ingress_rule','change':{'actions':['create'],'after':{'ip_protocol':'tcp','from_port':false,'to_port':22,'cidr_ipv4':'10.0.0.0/8'}}}]}",
            "p.json:1:213: resource_changes[0].change.after.from_port: expected a port number, -1 to 65535"),
        Arguments.of(
            "{'resource':{'aws_security_group_rule':{'r':{'type':7,'protocol':'tcp','from_port':22,'to_port':22,'cidr_blocks':['0.0.0.0/0']}}}}",
            "p.json:1:53: resource.aws_security_group_rule.r.type: expected ingress or egress"),
        Arguments.of(
            "{'resource':{'aws_security_group_rule':{'r':{'type':'Ingress','protocol':'tcp','from_port':22,'to_port':22,'cidr_blocks':['0.0.0.0/0']}}}}",
            "p.json:1:53: resource.aws_security_group_rule.r.type: expected ingress or egress"),
        Arguments.of(
            "{'resource':{'aws_vpc_endpoint':{'e':{'vpc_id':'vpc-1','service_name':'com.amazonaws.eu-west-1.s3','vpc_endpoint_type':7}}}}",
            "p.json:1:120: resource.aws_vpc_endpoint.e.vpc_endpoint_type: expected a string (Gateway, Interface...)"),
        Arguments.of(
            "{'resource':{'aws_vpc_endpoint':{'e':{'vpc_id':'vpc-1','service_name':['com.amazonaws.eu-west-1.s3']}}}}",
            "p.json:1:71: resource.aws_vpc_endpoint.e.service_name: expected a string such as com.amazonaws.eu-west-1.s3"),
        Arguments.of(
            "{'resource':{'aws_eks_node_group':{'n':{'cluster_name':'c','capacity_type':true}}}}",
            "p.json:1:76: resource.aws_eks_node_group.n.capacity_type: expected a string (ON_DEMAND, SPOT...)"),
        Arguments.of(
            "{'terraform':{'backend':{'s3':{'bucket':'b','key':'${var.key}'}}}}",
            "p.json:1:51: terraform.backend.s3.key: Terraform takes no expressions in a backend block (write the value, or pass it with -backend-config and give payflow the plan)"),
        Arguments.of(
            "{'terraform':{'backend':{'s3':{'bucket':'b','encrypt':'${var.encrypt}'}}}}",
            "p.json:1:55: terraform.backend.s3.encrypt: Terraform takes no expressions in a backend block (write the value, or pass it with -backend-config and give payflow the plan)"),
        Arguments.of(
            "{'format_version':'1.2','resource_changes':[]}\n{'format_version':'1.2'}",
            "p.json:2:1: content after the end of the JSON document (one document per file: split it)"),
        Arguments.of(
            "{'resource':{'aws_eks_cluster':{'a':{'vpc_config':{'endpoint_public_access':true,'endpoint_public_access':false}}}}}",
            "p.json:1:106: duplicate key 'endpoint_public_access' (JSON objects take each key once; Terraform refuses duplicates too: remove one)"));
  }

  @ParameterizedTest
  @MethodSource("wrongShapes")
  void wrongShapesAreInputErrorsWithPlaceAndPath(String json, String message) {
    assertThatThrownBy(() -> read("p.json", json))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }

  @Test
  void theArrayFormOfBlocksIsReadAsTerraformReadsIt() throws Exception {
    Input input =
        read(
            "p.json",
            "{'resource':[{'aws_eks_cluster':{'a':{'name':'a','vpc_config':[{'endpoint_private_access':true}]}}},"
                + "{'aws_eks_cluster':[{'b':{'name':'b','vpc_config':{'endpoint_public_access':false,'endpoint_private_access':true}}}]}]}");
    assertThat(input.facts().facts().eksClusters())
        .extracting(Facts.EksCluster::address, Facts.EksCluster::endpointPublicAccess)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("aws_eks_cluster.a", true),
            org.assertj.core.groups.Tuple.tuple("aws_eks_cluster.b", false));
    assertThat(evaluate(input).findings())
        .filteredOn(f -> f.ruleId().equals("PF-EKS-001"))
        .extracting(Finding::address)
        .containsExactly("aws_eks_cluster.a");
  }

  static Stream<Arguments> badCostIntent() {
    return Stream.of("NaN", "Infinity", "1e400", "-5", "0x10").map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("badCostIntent")
  void aBudgetTagThatIsNotAnAmountIsRefused(String budget) {
    assertThatThrownBy(
            () ->
                read(
                    "s.json",
                    "{'//':{'metadata':{'stackName':'dev'}},'provider':{'aws':[{'default_tags':[{'tags':{'payflow:budget-usd':'"
                        + budget
                        + "'}}]}]},'resource':{}}"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(
            "provider.aws.default_tags.tags.payflow:budget-usd: '"
                + budget
                + "' is not a budget in USD");
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"0", "-1", "745", "ten"})
  void hoursOutsideAMonthAreRefusedNotClamped(String hours) {
    assertThatThrownBy(
            () ->
                read(
                    "s.json",
                    "{'//':{'metadata':{'stackName':'dev'}},'provider':{'aws':{'default_tags':{'tags':{'payflow:hours-per-month':'"
                        + hours
                        + "'}}}},'resource':{}}"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is not a number of hours a month (expected 1 to 744)");
  }

  /** A resource's budget tag the input gives as a number, or as known only after apply. */
  static Stream<Arguments> budgetTagsNotReadAsText() {
    String plan =
        "{'format_version':'1.2','resource_changes':[{'address':'aws_vpc.v','mode':'managed',"
            + "'type':'aws_vpc','change':{'actions':['create'],'after':{'cidr_block':'10.0.0.0/16',"
            + "'tags':{'Environment':'production'%s}},'after_unknown':{%s}}}]}";
    return Stream.of(
        Arguments.of(
            String.format(plan, ",'payflow:budget-usd':300", ""),
            "resource_changes[0].change.after.tags.payflow:budget-usd: expected a string"),
        Arguments.of(
            String.format(plan, "", "'tags_all':{'payflow:budget-usd':true}"),
            "resource_changes[0].change.after.tags_all.payflow:budget-usd: known only after"
                + " apply"));
  }

  @ParameterizedTest
  @MethodSource("budgetTagsNotReadAsText")
  void aBudgetTagThatIsNotTextIsRefusedNotSkipped(String plan, String message) {
    assertThatThrownBy(() -> read("p.json", plan))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(message);
  }

  private static String stack(String name, String key, String budget) {
    return "{'//':{'metadata':{'stackName':'"
        + name
        + "'}},'terraform':{'backend':{'s3':{'bucket':'b','key':'"
        + key
        + "','encrypt':true,'dynamodb_table':'l'}}},"
        + "'provider':{'aws':[{'default_tags':[{'tags':{'payflow:budget-usd':'"
        + budget
        + "'}}]}]},"
        + "'resource':{'aws_vpc':{'vpc':{'cidr_block':'10.2.0.0/16'}},"
        + "'aws_db_instance':{'db':{'engine':'postgres','instance_class':'db.t3.micro','manage_master_user_password':true}}}}";
  }

  @Test
  void conflictingBudgetsAcrossMergedInputsNameBothFiles() throws Exception {
    Input a = read("a.json", stack("development", "development/terraform.tfstate", "50"));
    Input b = read("b.json", stack("development", "development/terraform.tfstate", "60"));
    assertThatThrownBy(() -> FactsMerge.of(List.of(a, b)))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "b.json: environment development's budget differs from a.json (inputs of one estate must agree: fix the tags or the topology of one)");
  }

  @Test
  void aStandaloneStackIsTheEnvironmentItNamesNotItsBackendKey() throws Exception {
    Input dev = read("dev.json", stack("development", "production/terraform.tfstate", "50"));
    assertThat(dev.facts().facts().environments())
        .extracting(Facts.Environment::name)
        .containsExactly("development");
    assertThat(evaluate(dev).ruleIds()).doesNotContain("PF-HA-001");
    Input prod = read("prod.json", stack("production", "production/terraform.tfstate", "300"));
    Report both = engine.evaluate(FactsMerge.of(List.of(dev, prod)).facts());
    assertThat(both.findings())
        .filteredOn(f -> f.ruleId().equals("PF-STATE-001"))
        .extracting(Finding::environment)
        .containsExactlyInAnyOrder("development", "production");
  }

  @Test
  void aRemoteBackendOtherThanS3IsUnresolvedNotInventedSettings() throws Exception {
    Input input =
        read(
            "gcs.json",
            "{'//':{'metadata':{'stackName':'hub'}},'terraform':{'backend':{'gcs':{'bucket':'b'}}},'resource':{}}");
    Facts facts = input.facts().facts();
    assertThat(facts.environments())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.state()).isNull();
              assertThat(e.unknown()).containsExactly("state");
            });
    assertThat(evaluate(input).findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-INPUT-001",
                "terraform_backend hub.backend.gcs was not checked: backend 'gcs' is not judged (payflow checks state isolation, encryption and locking of S3 backends)"));
  }

  @Test
  void aStandaloneBackendIsJudgedForTheOneEnvironmentOfItsResources() throws Exception {
    Input input =
        read(
            "main.tf.json",
            "{'terraform':{'backend':{'s3':{'bucket':'b','key':'prod.tfstate','encrypt':false,"
                + "'dynamodb_table':'l'}}},'resource':{'aws_vpc':{'v':{'cidr_block':'10.0.0.0/16',"
                + "'tags':{'Environment':'production'}}}}}");
    assertThat(input.facts().facts().environments())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.name()).isEqualTo("production");
              assertThat(e.state().key()).isEqualTo("prod.tfstate");
              assertThat(e.unknown()).isEmpty();
            });
    assertThat(evaluate(input).findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-STATE-002", "state backend of production does not encrypt state"));
  }

  @Test
  void aStandaloneBackendOfNoOrManyEnvironmentsIsUnresolved() throws Exception {
    Input input =
        read(
            "main.tf.json",
            "{'terraform':{'backend':{'s3':{'bucket':'b','key':'all.tfstate','encrypt':false}}},"
                + "'resource':{'aws_vpc':{'p':{'cidr_block':'10.0.0.0/16','tags':{'Environment':'production'}},"
                + "'d':{'cidr_block':'10.1.0.0/16','tags':{'Environment':'development'}}}}}");
    assertThat(input.facts().facts().unresolved())
        .extracting(Facts.Unresolved::address, Facts.Unresolved::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "backend.s3",
                "the backend of a file whose environment cannot be told (no stack name, no"
                    + " directory in its key, resources of 2 environments), so its state cannot be"
                    + " judged"));
  }

  @Test
  void hclIsNamedWithTheWayToAReadableInput() {
    assertThatThrownBy(
            () -> read("main.tf", "resource 'aws_vpc' 'x' {\n  cidr_block = '10.0.0.0/16'\n}\n"))
        .hasMessage(
            "main.tf: this is Terraform HCL, which payflow does not read; give it a plan (`terraform plan -out tfplan && terraform show -json tfplan > plan.json`) or Terraform JSON (`*.tf.json`)");
  }

  @Test
  void portsAndCountsTheProviderTakesAreReadAsGivenAndAnExpressionIsUnknown() throws Exception {
    Input input =
        read(
            "main.tf.json",
            "{'resource':{'aws_security_group':{'g':{'ingress':["
                + "{'protocol':'icmp','from_port':-1,'to_port':-1,'cidr_blocks':['10.0.0.0/8']},"
                + "{'protocol':'tcp','from_port':'443','to_port':'443','cidr_blocks':['10.0.0.0/8']},"
                + "{'protocol':'tcp','from_port':'${var.port}','to_port':0,'cidr_blocks':['10.0.0.0/8']}]}},"
                + "'aws_eks_node_group':{'n':{'instance_types':['m5.large'],"
                + "'scaling_config':{'desired_size':'${var.nodes}'}}}}}");
    assertThat(input.facts().facts().ingressRules())
        .extracting(r -> r.fromPort() + "-" + r.toPort())
        .containsExactly("-1--1", "443-443", "0-0");
    assertThat(input.facts().facts().costs())
        .extracting(c -> c.address() + (c.monthlyUsd() == null ? " (unpriced)" : ""))
        .containsExactly(
            "aws_eks_node_group.n: EKS node group of a size unknown until apply (unpriced)");
  }

  @Test
  void anEndpointWhoseTypeOnlyApplyKnowsIsUnresolvedAndUnpricedNotAGateway() throws Exception {
    Input input =
        read(
            "p.json",
            "{'format_version':'1.2','resource_changes':["
                + "{'address':'aws_vpc.v','mode':'managed','type':'aws_vpc','change':{'actions':['create'],"
                + "'after':{'id':'vpc-1','cidr_block':'10.0.0.0/16'}}},"
                + "{'address':'aws_vpc_endpoint.e','mode':'managed','type':'aws_vpc_endpoint',"
                + "'change':{'actions':['create'],'after':{'vpc_id':'vpc-1',"
                + "'service_name':'com.amazonaws.eu-west-1.ecr.api','subnet_ids':['s-1','s-2']},"
                + "'after_unknown':{'vpc_endpoint_type':true}}}]}");
    assertThat(input.facts().facts().endpoints()).isEmpty();
    assertThat(input.facts().facts().unresolved())
        .extracting(Facts.Unresolved::address, Facts.Unresolved::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "aws_vpc_endpoint.e",
                "vpc_endpoint_type is known only after apply or set by an expression"));
    assertThat(input.facts().facts().costs())
        .extracting(c -> c.address() + (c.monthlyUsd() == null ? " (unpriced)" : ""))
        .containsExactly(
            "aws_vpc_endpoint.e: VPC endpoint of a type unknown until apply (unpriced)");
  }

  @Test
  void aNodeGroupsCapacityTypeOnlyApplyKnowsIsUnknownNotOnDemand() throws Exception {
    Input input =
        read(
            "main.tf.json",
            "{'resource':{'aws_eks_node_group':{'set':{'cluster_name':'c','capacity_type':'SPOT'},"
                + "'unset':{'cluster_name':'c'},"
                + "'expression':{'cluster_name':'c','capacity_type':'${var.capacity}'}}}}");
    assertThat(input.facts().facts().nodeGroups())
        .extracting(n -> n.address() + " " + n.capacityType() + " " + n.unknown())
        .containsExactly(
            "aws_eks_node_group.set spot [azs, cluster]",
            "aws_eks_node_group.unset on_demand [azs, cluster]",
            "aws_eks_node_group.expression null [azs, capacity_type, cluster]");
  }

  @Test
  void aNumberOrBooleanWhereTerraformTakesTextIsReadAsTheTextTerraformMakesOfIt() throws Exception {
    Input input =
        read(
            "main.tf.json",
            "{'resource':{'aws_db_instance':{'d':{'engine':'postgres','engine_version':11.22,"
                + "'instance_class':'db.t3.micro','multi_az':true,'manage_master_user_password':true,"
                + "'tags':{'Environment':'production'}}},"
                + "'aws_eks_cluster':{'c':{'name':'c','version':1.30,"
                + "'tags':{'Environment':'production'}}}}}");
    assertThat(input.facts().facts().databases())
        .extracting(Facts.Database::engineVersion)
        .containsExactly("11.22");
    // (the versions' findings; the cluster's endpoint and logs have theirs)
    assertThat(evaluate(input).findings())
        .extracting(Finding::ruleId, Finding::message)
        .filteredOn(t -> List.of("PF-EKS-004", "PF-RDS-001").contains(t.toList().get(0)))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-EKS-004",
                "EKS cluster aws_eks_cluster.c runs Kubernetes 1.3, which the support catalog ("
                    + io.payflow.platform.topology.SupportCatalog.bundled().version()
                    + ") does not list"),
            org.assertj.core.groups.Tuple.tuple(
                "PF-RDS-001",
                "database aws_db_instance.d runs PostgreSQL 11.22, in RDS Extended Support (billed"
                    + " per vCPU-hour) since 2024-02-29 until 2027-03-31"));
  }

  @Test
  void aModuleCallInTerraformJsonIsUnresolvedAndUnpricedNotPassedUnread() throws Exception {
    Input input =
        read(
            "main.tf.json",
            "{'module':{'vpc_a':{'source':'terraform-aws-modules/vpc/aws','cidr':'10.0.0.0/16'},"
                + "'vpc_b':{'source':'terraform-aws-modules/vpc/aws','cidr':'10.0.0.0/16'}}}");
    Facts facts = input.facts().facts();
    assertThat(facts.unresolved())
        .extracting(Facts.Unresolved::address, Facts.Unresolved::type, Facts.Unresolved::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "module.vpc_a",
                "module",
                "a module call: the resources it declares are not in Terraform JSON (check the"
                    + " plan, which has them)"),
            org.assertj.core.groups.Tuple.tuple(
                "module.vpc_b",
                "module",
                "a module call: the resources it declares are not in Terraform JSON (check the"
                    + " plan, which has them)"));
    assertThat(facts.costs())
        .extracting(c -> c.address() + (c.monthlyUsd() == null ? " (unpriced)" : ""))
        .containsExactly(
            "module.vpc_a: resources of a module call (unpriced)",
            "module.vpc_b: resources of a module call (unpriced)");
    assertThat(evaluate(input).findings())
        .extracting(Finding::ruleId, Finding::address)
        .contains(
            org.assertj.core.groups.Tuple.tuple("PF-INPUT-001", "module.vpc_a"),
            org.assertj.core.groups.Tuple.tuple("PF-INPUT-001", "module.vpc_b"));
  }

  /** A security group whose inline rules only apply knows, in each way an input says so. */
  static Stream<Arguments> groupsOfUnknownRules() {
    String plan =
        "{'format_version':'1.2','resource_changes':[{'address':'aws_security_group.g',"
            + "'mode':'managed','type':'aws_security_group','change':{'actions':['create'],"
            + "'after':{'name':'app'},'after_unknown':{'ingress':true}}}]%s}";
    return Stream.of(
        Arguments.of("p.json", String.format(plan, "")),
        Arguments.of(
            "p.json",
            String.format(
                plan,
                ",'configuration':{'root_module':{'resources':[{'address':'aws_security_group.g',"
                    + "'mode':'managed','type':'aws_security_group','name':'g','expressions':{"
                    + "'ingress':{'references':['var.rules']}}}]}}")),
        Arguments.of(
            "main.tf.json",
            "{'resource':{'aws_security_group':{'g':{'name':'app','ingress':'${var.rules}'}}}}"),
        Arguments.of(
            "main.tf.json",
            "{'resource':{'aws_security_group':{'g':{'name':'app','dynamic':{'ingress':{"
                + "'for_each':'${var.rules}','content':{'from_port':22,'to_port':22,"
                + "'protocol':'tcp','cidr_blocks':['0.0.0.0/0']}}}}}}}"));
  }

  @ParameterizedTest
  @MethodSource("groupsOfUnknownRules")
  void aGroupWhoseInlineRulesOnlyApplyKnowsIsUnresolvedNotRuleless(String name, String json)
      throws Exception {
    Facts facts = read(name, json).facts().facts();
    assertThat(facts.ingressRules()).isEmpty();
    assertThat(facts.unresolved())
        .extracting(Facts.Unresolved::address, Facts.Unresolved::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "aws_security_group.g",
                "ingress is known only after apply (an expression or a dynamic block), so its"
                    + " rules cannot be judged"));
  }

  @Test
  void aGroupWhoseConfigurationLeavesOutIngressHasNoInlineRules() throws Exception {
    Facts facts =
        read(
                "p.json",
                "{'format_version':'1.2','resource_changes':[{'address':'aws_security_group.g',"
                    + "'mode':'managed','type':'aws_security_group','change':{'actions':['create'],"
                    + "'after':{'name':'app'},'after_unknown':{'ingress':true}}}],"
                    + "'configuration':{'root_module':{'resources':[{'address':'aws_security_group.g',"
                    + "'mode':'managed','type':'aws_security_group','name':'g','expressions':{"
                    + "'name':{'constant_value':'app'}}}]}}}")
            .facts()
            .facts();
    assertThat(facts.unresolved()).isEmpty();
    assertThat(facts.source().coverage().get("aws_security_group").facts()).isEqualTo(1);
  }

  /** A separate rule whose direction an expression sets, or only apply knows. */
  static Stream<Arguments> rulesOfAnUnknownDirection() {
    return Stream.of(
        Arguments.of(
            "main.tf.json",
            "{'resource':{'aws_security_group_rule':{'r':{'type':'${var.kind}','protocol':'tcp',"
                + "'from_port':22,'to_port':22,'cidr_blocks':['0.0.0.0/0']}}}}"),
        Arguments.of(
            "p.json",
            "{'format_version':'1.2','resource_changes':[{'address':'aws_security_group_rule.r',"
                + "'mode':'managed','type':'aws_security_group_rule','change':{'actions':['create'],"
                + "'after':{'protocol':'tcp','from_port':22,'to_port':22,'cidr_blocks':['0.0.0.0/0']},"
                + "'after_unknown':{'type':true}}}]}"));
  }

  @ParameterizedTest
  @MethodSource("rulesOfAnUnknownDirection")
  void aRuleWhoseDirectionIsUnknownIsUnresolvedNotSkipped(String name, String json)
      throws Exception {
    Input input = read(name, json);
    assertThat(input.facts().facts().ingressRules()).isEmpty();
    assertThat(evaluate(input).findings())
        .extracting(Finding::ruleId, Finding::address)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("PF-INPUT-001", "aws_security_group_rule.r"));
  }

  @Test
  void anSshSourceOnlyApplyKnowsIsJudgedAsTheWorstCase() throws Exception {
    Input input =
        read(
            "p.json",
            "{'format_version':'1.2','resource_changes':[{'address':'aws_security_group_rule.ssh','mode':'managed','type':'aws_security_group_rule',"
                + "'change':{'actions':['create'],'after':{'type':'ingress','protocol':'tcp','from_port':22,'to_port':22},'after_unknown':{'cidr_blocks':true}}}]}");
    assertThat(evaluate(input).findings())
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "PF-NET-007",
                "aws_security_group_rule.ssh allows SSH from 0.0.0.0/0, to a target that is not the bastion (other); only the bastion takes SSH"));
  }
}
