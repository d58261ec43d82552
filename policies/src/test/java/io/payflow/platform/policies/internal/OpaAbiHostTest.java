package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CodeSection;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpaAbiHostTest {
  private static final String DATA = "{\"config\": {\"today\": \"2026-11-27\"}}";

  /**
   * The description a run reads, section by section and unvalidated, is valid, and the same module
   * the generated loader reads through Chicory's own parse (which validates and hashes it).
   */
  @Test
  void theBundledModulesDescriptionIsValidAndTheGeneratedOne() {
    var read = OpaAbiHost.BundledModule.DESCRIPTION;
    var validated = OpaAbiHost.BundledModule.parse(true);
    var generated = BundledPolicyModule.load();
    assertThat(read.exportSection().exportCount()).isPositive();
    for (var module : List.of(validated, generated)) {
      assertThat(read.typeSection()).isEqualTo(module.typeSection());
      assertThat(read.importSection()).isEqualTo(module.importSection());
      assertThat(read.functionSection()).isEqualTo(module.functionSection());
      assertThat(read.tableSection()).isEqualTo(module.tableSection());
      assertThat(read.memorySection()).isEqualTo(module.memorySection());
      assertThat(read.globalSection()).isEqualTo(module.globalSection());
      assertThat(read.exportSection()).isEqualTo(module.exportSection());
      assertThat(read.startSection()).isEqualTo(module.startSection());
      assertThat(read.elementSection()).isEqualTo(module.elementSection());
      assertThat(opcodes(read.codeSection())).isEqualTo(opcodes(module.codeSection()));
      assertThat(read.dataSection()).isEqualTo(module.dataSection());
      assertThat(read.customSections()).isEqualTo(module.customSections());
    }
    // Chicory's own parse hashes the module; this one does not need to.
    assertThat(generated.digest()).isNotNull();
    assertThat(read.digest()).isNull();
  }

  /**
   * The code section's bodies by what they hold (locals and opcodes): the description shares one
   * parsed stub, whose instructions' addresses are its own (StubbedCode).
   */
  private static List<String> opcodes(CodeSection code) {
    assertThat(code.functionBodyCount()).isPositive();
    return Arrays.stream(code.functionBodies())
        .map(
            body ->
                body.localTypes()
                    + " "
                    + body.instructions().stream().map(i -> i.opcode().name()).toList())
        .toList();
  }

  @Test
  void everyStubOfTheDescriptionIsTheBuildsStub() {
    CodeSection code = OpaAbiHost.BundledModule.DESCRIPTION.codeSection();
    assertThat(opcodes(code)).containsOnly("[] [UNREACHABLE, END]");
  }

  /** A code section with a body that is not a stub is parsed as it is, not as stubs. */
  @Test
  void aCodeSectionThatIsNotAllStubsIsParsedAsItIs() {
    String head =
        "0061736d01000000" // magic, version 1
            + "010401600000" // types: () -> ()
            + "0303020000"; // functions: two, of type 0
    byte[] stubAndEnd = HexFormat.of().parseHex(head + "0a0802" + "0300000b" + "02000b");
    assertThat(StubbedCode.of(stubAndEnd)).isNull();
    assertThat(opcodes(read(stubAndEnd).codeSection()))
        .containsExactly("[] [UNREACHABLE, END]", "[] [END]");
    byte[] twoStubs = HexFormat.of().parseHex(head + "0a0902" + "0300000b" + "0300000b");
    assertThat(StubbedCode.of(twoStubs)).isNotNull();
    assertThat(opcodes(read(twoStubs).codeSection()))
        .containsExactly("[] [UNREACHABLE, END]", "[] [UNREACHABLE, END]");
  }

  /** A section of an unknown kind after stubbed code is not skipped with it: it is refused. */
  @Test
  void aSectionOfAnUnknownKindBesideStubsIsRefusedNotSkipped() {
    byte[] module =
        HexFormat.of()
            .parseHex(
                "0061736d01000000" // magic, version 1
                    + "010401600000" // types: () -> ()
                    + "03020100" // functions: one, of type 0
                    + "0a05010300000b" // code: the stub
                    + "0e0100"); // section 14, one byte
    assertThat(StubbedCode.of(module)).isNull();
    assertThatThrownBy(() -> read(module)).hasMessageContaining("malformed section id 14");
  }

  private static WasmModule read(byte[] module) {
    return ModuleDescription.read(new ByteArrayInputStream(module), false);
  }

  /** A section OPA's modules do not have is refused, not dropped (a custom section here). */
  @Test
  void aSectionTheHostDoesNotReadIsRefused() {
    byte[] module = {
      0x00,
      0x61,
      0x73,
      0x6d,
      0x01,
      0x00,
      0x00,
      0x00, // magic, version 1
      0x00,
      0x03,
      0x01,
      'x',
      0x00 // custom section "x", one byte
    };
    assertThatThrownBy(() -> ModuleDescription.read(new ByteArrayInputStream(module), false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("section this host does not read: 0");
  }

  @Test
  void evaluatesToTheResultSet() {
    OpaAbiHost host = OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, DATA, WasmPolicy.ENTRYPOINT);
    String result = host.evaluate(bytes("{\"facts_version\": 2}"));
    assertThat(result).startsWith("[{\"result\":");
    // The same memory state for every evaluation: a second run gives the same bytes.
    assertThat(host.evaluate(bytes("{\"facts_version\": 2}"))).isEqualTo(result);
  }

  @Test
  void anInputPastTheMemoryLimitFailsTheEvaluation() {
    OpaAbiHost host = OpaAbiHost.bundled(16, DATA, WasmPolicy.ENTRYPOINT);
    byte[] large = bytes("[" + "0,".repeat(600_000) + "0]");
    assertThatThrownBy(() -> host.evaluate(large))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("memory limit");
  }

  @Test
  void aParseFailureOfTheDataIsRefused() {
    assertThatThrownBy(() -> OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, "{", WasmPolicy.ENTRYPOINT))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("could not parse");
  }

  @Test
  void anEntrypointTheModuleLacksIsRefused() {
    assertThatThrownBy(() -> OpaAbiHost.bundled(WasmPolicy.MAX_PAGES, DATA, "payflow/nothing"))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("no entrypoint payflow/nothing");
  }

  @Test
  void aBuiltinTheHostDoesNotProvideIsRefusedAtLoad() {
    assertThatThrownBy(() -> HostBuiltins.forModule("{\"sprintf\": 0, \"http.send\": 1}"))
        .isInstanceOf(OpaAbiHost.PolicyAbort.class)
        .hasMessageContaining("http.send");
    assertThat(HostBuiltins.forModule("{\"sprintf\": 1}")).hasSize(2);
  }

  private static byte[] bytes(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }
}
