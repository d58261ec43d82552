package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Terraform JSON's {@code count} and {@code for_each}: a block declares as many resources as they
 * say, each read and priced (three VPCs of one range overlap), and a number of instances only the
 * plan knows leaves the block unresolved, never read as one resource.
 */
class CountAndForEachTest {
  @TempDir Path dir;
  private static PolicyEngine engine;

  @BeforeAll
  static void loadEngine() throws PolicyEvaluationException {
    engine = PolicyEngine.builder().today(java.time.LocalDate.parse("2026-11-27")).build();
  }

  private Input read(String json) throws Exception {
    Path file = Files.writeString(dir.resolve("main.tf.json"), json.replace('\'', '"'));
    return Inputs.read(file, "main.tf.json");
  }

  private static String vpc(String meta) {
    return "{'resource':{'aws_vpc':{'a':{" + meta + "'cidr_block':'10.0.0.0/16'}}}}";
  }

  @Test
  void aLiteralCountDeclaresThatManyResourcesAndTheyOverlap() throws Exception {
    Input input = read(vpc("'count':3,"));
    assertThat(input.facts().facts().networks())
        .extracting(Facts.Network::address)
        .containsExactly("aws_vpc.a[0]", "aws_vpc.a[1]", "aws_vpc.a[2]");
    assertThat(engine.evaluate(input.facts()).findings())
        .extracting(Finding::ruleId, Finding::address)
        .containsExactly(
            tuple("PF-NET-001", "aws_vpc.a[0]"),
            tuple("PF-NET-001", "aws_vpc.a[0]"),
            tuple("PF-NET-001", "aws_vpc.a[1]"));
  }

  @Test
  void forEachDeclaresOneResourcePerKeyInTerraformsOrder() throws Exception {
    assertThat(read(vpc("'for_each':{'y':'2','x':'1'},")).facts().facts().networks())
        .extracting(Facts.Network::address)
        .containsExactly("aws_vpc.a[\"x\"]", "aws_vpc.a[\"y\"]");
    assertThat(read(vpc("'for_each':['b','a','b'],")).facts().facts().networks())
        .extracting(Facts.Network::address)
        .containsExactly("aws_vpc.a[\"a\"]", "aws_vpc.a[\"b\"]");
  }

  @Test
  void aCountOfZeroDeclaresNothing() throws Exception {
    Facts facts = read(vpc("'count':0,")).facts().facts();
    assertThat(facts.networks()).isEmpty();
    assertThat(facts.source().coverage()).isEmpty();
  }

  @Test
  void eachInstanceIsPriced() throws Exception {
    Facts facts =
        read("{'resource':{'aws_nat_gateway':{'n':{'count':'2','allocation_id':'e'}}}}")
            .facts()
            .facts();
    assertThat(facts.costs())
        .extracting(Facts.Cost::address)
        .containsExactly("aws_nat_gateway.n[0]: NAT gateway", "aws_nat_gateway.n[1]: NAT gateway");
  }

  @Test
  void aNumberOfInstancesOnlyThePlanKnowsIsUnresolvedAndUnpriced() throws Exception {
    Input input =
        read(
            "{'resource':{'aws_vpc':{'a':{'count':'${var.n}','cidr_block':'10.0.0.0/16'}},"
                + "'aws_subnet':{'s':{'for_each':'${var.zones}','vpc_id':'${aws_vpc.a[0].id}',"
                + "'cidr_block':'10.0.1.0/24'}},"
                + "'aws_nat_gateway':{'n':{'count':'${length(var.zones)}','allocation_id':'e'}}}}");
    Facts facts = input.facts().facts();
    assertThat(facts.networks()).isEmpty();
    assertThat(facts.unresolved())
        .extracting(Facts.Unresolved::address, Facts.Unresolved::reason)
        .containsExactly(
            tuple(
                "aws_vpc.a",
                "count is set by an expression, so how many there are is known only at plan"
                    + " (check the plan)"),
            tuple(
                "aws_subnet.s",
                "for_each is set by an expression, so how many there are is known only at plan"
                    + " (check the plan)"));
    assertThat(facts.costs())
        .extracting(c -> c.address() + (c.monthlyUsd() == null ? " (unpriced)" : ""))
        .containsExactly("aws_nat_gateway.n: instances of a count only the plan knows (unpriced)");
    assertThat(engine.evaluate(input.facts()).findings())
        .extracting(Finding::ruleId)
        .contains("PF-INPUT-001");
  }

  @Test
  void aFileExpandsUpToTenThousandInstances() throws Exception {
    assertThat(read(vpc("'count':10000,")).facts().facts().networks()).hasSize(10_000);
    assertThatThrownBy(
            () ->
                read(
                    "{'resource':{'aws_vpc':{'a':{'count':9000,'cidr_block':'10.0.0.0/16'}},"
                        + "'aws_subnet':{'s':{'count':1001,'cidr_block':'10.0.0.0/24'}}}}"))
        .isInstanceOf(InputException.class)
        .hasMessageEndingWith(
            "resource.aws_subnet.s.count: 1001 instances take the file past the 10,000 payflow"
                + " expands from one file; check the plan (`terraform show -json`)");
  }

  static Stream<Arguments> wrongCounts() {
    return Stream.of(
        Arguments.of(
            "'count':-1,",
            "main.tf.json:1:38: resource.aws_vpc.a.count: expected a whole number, 0 or more"),
        Arguments.of(
            "'count':1.5,",
            "main.tf.json:1:38: resource.aws_vpc.a.count: expected a whole number, 0 or more"),
        Arguments.of(
            "'count':true,",
            "main.tf.json:1:38: resource.aws_vpc.a.count: expected a whole number, 0 or more"),
        Arguments.of(
            "'count':10001,",
            "main.tf.json:1:38: resource.aws_vpc.a.count: 10001 instances are more than payflow"
                + " expands from one file (10,000); check the plan (`terraform show -json`)"),
        Arguments.of(
            "'for_each':7,",
            "main.tf.json:1:41: resource.aws_vpc.a.for_each: expected a map, or a set of strings"),
        Arguments.of(
            "'for_each':['a',1],",
            "main.tf.json:1:41: resource.aws_vpc.a.for_each: expected a map, or a set of strings"),
        Arguments.of(
            "'count':1,'for_each':{'a':'1'},",
            "main.tf.json:1:29: resource.aws_vpc.a: count and for_each together (Terraform takes"
                + " one of them)"));
  }

  @ParameterizedTest
  @MethodSource("wrongCounts")
  void aCountOrForEachTerraformWouldRefuseIsAnInputError(String meta, String message) {
    assertThatThrownBy(() -> read(vpc(meta)))
        .isInstanceOf(InputException.class)
        .hasMessage(message);
  }
}
