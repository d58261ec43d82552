package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * A marker secret in every credential position of every input kind, valid and wrapped in every kind
 * of syntax error, through every command and format, with and without --debug: it never appears in
 * any output stream.
 */
class SecretNeverEchoedTest {
  private static final String SECRET = "Hunter2DoNotEcho";

  @TempDir static Path dir;

  /** name, content: each places SECRET where a password, token or secret string stands. */
  private static List<String[]> inputs() throws Exception {
    String topology = Files.readString(Cli.ROOT.resolve("examples/broken.yaml"));
    String literal = "master_password: { source: literal, value: \"Pr0d-Db-Passw0rd!\" }";
    List<String[]> cases = new ArrayList<>();
    cases.add(
        yaml(
            "valid-literal",
            topology,
            literal,
            "master_password: { source: literal, value: \"" + SECRET + "\" }"));
    cases.add(
        yaml(
            "unquoted-unclosed",
            topology,
            literal,
            "master_password: { source: literal, value: " + SECRET));
    cases.add(yaml("scalar-for-mapping", topology, literal, "master_password: " + SECRET));
    cases.add(
        yaml(
            "list-for-string",
            topology,
            literal,
            "master_password: { source: literal, value: [" + SECRET + "] }"));
    cases.add(
        yaml(
            "number-like",
            topology,
            literal,
            "master_password: { source: literal, value: 0x" + SECRET + " }"));
    cases.add(
        yaml(
            "bad-indent",
            topology,
            literal,
            "master_password:\n   source: literal\n  value: " + SECRET));
    cases.add(
        yaml(
            "secret-for-source", topology, literal, "master_password: { source: " + SECRET + " }"));
    cases.add(
        yaml(
            "tab-in-value",
            topology,
            literal,
            "master_password: { source: literal, value: \"" + SECRET + "\t\" }"));
    String db =
        "{'format_version':'1.2','resource_changes':[{'address':'aws_db_instance.db','mode':'managed','type':'aws_db_instance','change':{'actions':['create'],'after':{'engine':'postgres','instance_class':'db.t3.micro','password':PW}}}]}";
    cases.add(json("plan-valid", db.replace("PW", "'" + SECRET + "'")));
    cases.add(json("plan-unquoted", db.replace("PW", SECRET)));
    cases.add(json("plan-trailing-comma", db.replace("PW", "'" + SECRET + "',")));
    cases.add(
        json("plan-duplicate", db.replace("PW", "'" + SECRET + "','password':'" + SECRET + "'")));
    cases.add(json("plan-object", db.replace("PW", "{'" + SECRET + "':1}")));
    cases.add(
        json(
            "plan-cut",
            db.replace("PW", "'" + SECRET).substring(0, db.indexOf("PW") + SECRET.length() + 1)));
    String tf =
        "{'resource':{'aws_db_instance':{'db':{'engine':'postgres','instance_class':'db.t3.micro','password':PW}},'aws_elasticache_replication_group':{'r':{'node_type':'cache.t3.micro','auth_token':PW}},'aws_secretsmanager_secret_version':{'s':{'secret_string':PW}}}}";
    cases.add(json("tf-valid", tf.replace("PW", "'" + SECRET + "'")));
    cases.add(json("tf-unquoted", tf.replace("PW", SECRET)));
    cases.add(json("tf-wrong-type", tf.replace("PW", "['" + SECRET + "']")));
    cases.add(json("tf-control", tf.replace("PW", "'" + SECRET + "\u0001'")));
    String nested =
        "{'resource':{'aws_mq_broker':{'m':{'broker_name':'m','user':[{'username':'u','password':PW}]}},'aws_opensearch_domain':{'o':{'domain_name':'o','advanced_security_options':{'master_user_options':{'master_user_password':PW}}}},'aws_memorydb_user':{'u':{'user_name':'u','authentication_mode':{'type':'password','passwords':[PW]}}},'aws_ssm_parameter':{'s':{'name':'/p','type':'SecureString','value':PW}}}}";
    cases.add(json("tf-nested-valid", nested.replace("PW", "'" + SECRET + "'")));
    cases.add(json("tf-nested-wrong-type", nested.replace("PW", "{'v':'" + SECRET + "'}")));
    cases.add(json("tf-nested-unquoted", nested.replace("PW", SECRET)));
    String topoJson =
        "{'schema_version':1,'environments':[{'name':'x','master_password':{'source':'literal','value':PW}}]}";
    cases.add(json("topology-json-unquoted", topoJson.replace("PW", SECRET)));
    cases.add(json("topology-json-wrong", topoJson.replace("PW", "{'v':'" + SECRET + "'}")));
    return cases;
  }

  private static String[] yaml(String name, String topology, String from, String to) {
    return new String[] {name + ".yaml", topology.replace(from, to)};
  }

  private static String[] json(String name, String content) {
    return new String[] {name + ".json", content.replace('\'', '"')};
  }

  private static final List<List<String>> COMMANDS =
      List.of(
          List.of("validate"),
          List.of("validate", "--format", "json"),
          List.of("validate", "--format", "sarif"),
          List.of("validate", "--format", "junit"),
          List.of("validate", "--format", "github"),
          List.of("facts"),
          List.of("cost"),
          List.of("order"));

  @TestFactory
  Stream<DynamicTest> theSecretNeverReachesAnyOutput() throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (String[] input : inputs()) {
      Path file = Files.writeString(dir.resolve(input[0]), input[1]);
      for (List<String> command : COMMANDS) {
        for (boolean debug : new boolean[] {false, true}) {
          List<String> args = new ArrayList<>(command);
          args.add(file.toString());
          if (command.get(0).equals("validate")) {
            args.add("--config");
            args.add(Cli.file("validator-cli/src/test/resources/config/none.yaml"));
          }
          if (debug) {
            args.add("--debug");
          }
          tests.add(
              DynamicTest.dynamicTest(
                  input[0] + " " + String.join(" ", command) + (debug ? " --debug" : ""),
                  () -> {
                    Cli.Run run = Cli.run(args.toArray(String[]::new));
                    assertThat(run.out()).doesNotContain(SECRET);
                    assertThat(run.err()).doesNotContain(SECRET);
                    assertThat(run.exit()).isBetween(0, 3);
                  }));
        }
      }
    }
    return tests.stream();
  }
}
