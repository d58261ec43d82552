package io.payflow.platform.policies.internal;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.MemoryImport;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.ValType;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * OPA's Wasm ABI (what every {@code opa build -t wasm} module imports and exports) hosted on
 * Chicory for the bundled policy, whose code the build compiled to JVM bytecode: a run loads
 * classes instead of compiling the module. opa-java-wasm 1.0.4 compiles at every start and cannot
 * take a precompiled module, so this host does the part of its work the bundled policy needs: data
 * once; the input written into the module's memory as the values OPA's parser would make of it
 * ({@link OpaValueImage}), or, for text only that parser reads as OPA does, parsed through {@code
 * opa_eval}; the result set out; and the one builtin OPA leaves to its hosts that the rules call
 * ({@link HostBuiltins}). User bundles still run on opa-java-wasm.
 */
final class OpaAbiHost {
  private static final String ENV = "env";
  private static final int JSON_FORMAT = 0;
  private static final int INITIAL_PAGES = 10;

  /** The bytes OPA's allocator puts before each block (a size and two pointers). */
  private static final int HEAP_BLOCK_HEADER = 12;

  private final Memory memory;
  private final Instance instance;
  private final ExportFunction malloc;
  private final ExportFunction free;
  private final ExportFunction jsonParse;
  private final ExportFunction jsonDump;
  private final ExportFunction eval;
  private final ExportFunction heapPtrSet;
  private final ExportFunction ctxNew;
  private final ExportFunction ctxSetInput;
  private final ExportFunction ctxSetData;
  private final ExportFunction ctxSetEntrypoint;
  private final ExportFunction ctxEval;
  private final ExportFunction ctxResult;
  private HostBuiltins.Builtin[] builtins = new HostBuiltins.Builtin[0];
  private int entrypoint;
  private JsonNode entrypoints;
  private int dataAddr;
  private int dataHeapPtr;

  /**
   * What the machine classes do not hold of the bundled module (types, imports, exports, data), as
   * the build wrote it beside them, parsed once a process. Not validated again: the build validated
   * the module when it compiled it, and {@code OpaAbiHostTest} validates this description.
   * Validation is half of the parse, cold; {@code BundledPolicyModule.load()} would do it every
   * run.
   */
  static final class BundledModule {
    static final String RESOURCE = "BundledPolicyModule.meta";
    static final WasmModule DESCRIPTION = parse(false);

    private BundledModule() {}

    static WasmModule parse(boolean validate) {
      return ModuleDescription.read(
          BundledPolicyModule.class.getResourceAsStream(RESOURCE), validate);
    }
  }

  private OpaAbiHost(WasmModule module, Function<Instance, Machine> machine, int maxPages) {
    this.memory = new ByteArrayMemory(new MemoryLimits(initialPages(module), maxPages));
    this.instance =
        Instance.builder(module)
            .withImportValues(imports())
            .withMemoryFactory(limits -> memory)
            .withMachineFactory(machine)
            .build();
    this.malloc = instance.export("opa_malloc");
    this.free = instance.export("opa_free");
    this.jsonParse = instance.export("opa_json_parse");
    this.jsonDump = instance.export("opa_json_dump");
    this.eval = instance.export("opa_eval");
    this.heapPtrSet = instance.export("opa_heap_ptr_set");
    this.ctxNew = instance.export("opa_eval_ctx_new");
    this.ctxSetInput = instance.export("opa_eval_ctx_set_input");
    this.ctxSetData = instance.export("opa_eval_ctx_set_data");
    this.ctxSetEntrypoint = instance.export("opa_eval_ctx_set_entrypoint");
    this.ctxEval = instance.export("eval");
    this.ctxResult = instance.export("opa_eval_ctx_get_result");
  }

  /** The bundled policy, compiled at build time, with {@code data} given to every evaluation. */
  static OpaAbiHost bundled(int maxPages, String data, String entrypointName) {
    OpaAbiHost host = InstanceAhead.takeOr(() -> withoutData(maxPages));
    if (host.memory.maximumPages() != maxPages) { // (made ahead for another limit)
      host = withoutData(maxPages);
    }
    host.entrypoint = host.entrypoint(entrypointName);
    host.dataAddr = host.parseJson(data.getBytes(StandardCharsets.UTF_8));
    host.dataHeapPtr = host.call("opa_heap_ptr_get");
    return host;
  }

  /** Starts making one instance of the bundled policy on another thread ({@link InstanceAhead}). */
  static void bundledAhead(int maxPages) {
    InstanceAhead.start(
        () -> {
          // Jackson's mappers first: ObjectMapper's class initializes once a process, 27 ms cold
          // on Java 17 (java.text's locale data for its date format), better beside picocli on
          // the other core than after it on this one (pre-commit 0.384 -> 0.372 s, 31 runs).
          FactsJson.JSON.getFactory();
          return withoutData(maxPages);
        });
  }

  /** An instance of the bundled policy as far as it is the same for every config. */
  private static OpaAbiHost withoutData(int maxPages) {
    OpaAbiHost host =
        new OpaAbiHost(BundledModule.DESCRIPTION, BundledPolicyModule::create, maxPages);
    host.checkAbiVersion();
    host.builtins = HostBuiltins.forModule(host.dumpJson(host.call("builtins")));
    return host;
  }

  /**
   * OPA's one-call evaluation (ABI 1.2): the input is written as JSON text right above the data,
   * and the heap starts after it, so every evaluation begins from the same memory state.
   */
  String evaluate(byte[] input) {
    return evaluate(input, entrypoint);
  }

  /**
   * As {@link #evaluate(byte[])}, for another entrypoint of the module ({@link
   * #entrypoint(String)}).
   */
  String evaluate(byte[] input, int entrypoint) {
    return evaluate(PolicyInput.ofJson(input), entrypoint);
  }

  /** As {@link #evaluate(byte[], int)}, for JSON or its tokens. */
  String evaluate(PolicyInput input, int entrypoint) {
    OpaValueImage image = image(input);
    if (image == null) {
      return evaluateParsed(input.json(), entrypoint);
    }
    image = written(image, input);
    String result = evaluateValue(image.root(), entrypoint);
    if (intact(image)) {
      return result;
    }
    // OPA's runtime neither changes nor frees its input; had it, what it read would not be what
    // was written (its frees and its allocations would have landed in the image): the input is
    // then parsed by OPA and evaluated again, as it always was.
    reparsed++;
    return evaluateParsed(input.json(), entrypoint);
  }

  /** How many evaluations found their written input changed, and were evaluated again. */
  int reparsed;

  /** The input laid out for this instance's memory; null for an input left to OPA's parser. */
  private OpaValueImage image(PolicyInput input) {
    // After a reset, OPA's allocator places the next block right above the data.
    return OpaValueImage.of(input, dataHeapPtr + HEAP_BLOCK_HEADER);
  }

  /**
   * The input written as the values OPA would parse it into ({@link OpaValueImage}), on the heap
   * reset to the state every evaluation starts from, as {@link #evaluate(byte[], int)} writes it;
   * null for an input left to OPA's parser.
   */
  OpaValueImage written(byte[] input) {
    PolicyInput json = PolicyInput.ofJson(input);
    OpaValueImage image = image(json);
    return image == null ? null : written(image, json);
  }

  /** True if the memory still holds the image as it was written (its decimals linked). */
  boolean intact(OpaValueImage image) {
    byte[] now = memory.readBytes(image.base(), image.size());
    return Arrays.equals(now, 0, image.size(), image.bytes(), 0, image.size());
  }

  /** {@link #evaluate(byte[], int)} with the input parsed by OPA, as opa_eval does. */
  String evaluateParsed(byte[] input, int entrypoint) {
    int inputAddr = dataHeapPtr;
    reserve((long) inputAddr + input.length);
    memory.write(inputAddr, input);
    long result =
        eval.apply(
                0,
                entrypoint,
                dataAddr,
                inputAddr,
                input.length,
                inputAddr + input.length,
                JSON_FORMAT)[0];
    return memory.readCString((int) result);
  }

  private OpaValueImage written(OpaValueImage image, PolicyInput input) {
    // OPA's allocator grows the memory as it needs and does not check that it could.
    if ((long) image.base() + image.size() > (long) memory.maximumPages() * Memory.PAGE_SIZE) {
      throw new PolicyAbort("the input is larger than the policy's memory limit");
    }
    heapPtrSet.apply(dataHeapPtr);
    int at = (int) malloc.apply(image.size())[0];
    if (at != image.base()) { // (an allocator other than the one this host was written for)
      image = OpaValueImage.of(input, at);
      if (image == null) {
        throw new PolicyAbort("the input could not be written where the policy placed it");
      }
    }
    memory.write(at, image.bytes(), 0, image.size());
    int[] fields = image.decimalFields();
    for (int i = 0; i < fields.length; i += 2) {
      String decimal = image.decimals().get(fields[i + 1]);
      int value = parseJson(decimal.getBytes(StandardCharsets.US_ASCII));
      memory.writeI32(fields[i], value);
      image.link(fields[i], value);
    }
    return image;
  }

  /**
   * The result set of an entrypoint for the input value at {@code input}, through the context
   * calls.
   */
  private String evaluateValue(int input, int entrypoint) {
    int ctx = (int) ctxNew.apply()[0];
    ctxSetInput.apply(ctx, input);
    ctxSetData.apply(ctx, dataAddr);
    ctxSetEntrypoint.apply(ctx, entrypoint);
    ctxEval.apply(ctx);
    return dumpJson((int) ctxResult.apply(ctx)[0]);
  }

  Memory memory() {
    return memory;
  }

  private void reserve(long end) {
    long pages = (end + Memory.PAGE_SIZE - 1) / Memory.PAGE_SIZE;
    if (pages > memory.maximumPages()
        || pages > memory.pages() && memory.grow((int) (pages - memory.pages())) < 0) {
      throw new PolicyAbort("the input is larger than the policy's memory limit");
    }
  }

  private void checkAbiVersion() {
    long major = instance.exports().global("opa_wasm_abi_version").getValue();
    long minor = instance.exports().global("opa_wasm_abi_minor_version").getValue();
    if (major != 1 || minor < 2) {
      throw new PolicyAbort(
          "the bundled policy uses OPA Wasm ABI " + major + "." + minor + "; this host needs 1.2+");
    }
  }

  /**
   * The id of an entrypoint of the module, by its name; an error if it has none of that name. The
   * module's table is read once: a part's evaluation asks for its entrypoint every time.
   */
  int entrypoint(String name) {
    if (entrypoints == null) {
      entrypoints = HostBuiltins.json(dumpJson(call("entrypoints")));
    }
    JsonNode id = entrypoints.get(name);
    if (id == null || !id.isInt()) {
      throw new PolicyAbort("the bundled policy has no entrypoint " + name);
    }
    return id.intValue();
  }

  private int call(String export) {
    return (int) instance.export(export).apply()[0];
  }

  int parseJson(byte[] json) {
    int text = (int) malloc.apply(json.length)[0];
    memory.write(text, json);
    int value = (int) jsonParse.apply(text, json.length)[0];
    free.apply(text);
    if (value == 0) {
      throw new PolicyAbort("the policy could not parse a JSON document given to it");
    }
    return value;
  }

  String dumpJson(int value) {
    int text = (int) jsonDump.apply(value)[0];
    String json = memory.readCString(text);
    free.apply(text);
    return json;
  }

  private ImportValues imports() {
    return ImportValues.builder()
        .addMemory(new ImportMemory(ENV, "memory", memory))
        .addFunction(
            new HostFunction(
                ENV,
                "opa_abort",
                FunctionType.of(new ValType[] {ValType.I32}, new ValType[0]),
                (inst, args) -> {
                  throw new PolicyAbort(memory.readCString((int) args[0]));
                }),
            // print() output is the policy's business, not the gate's: never echoed.
            new HostFunction(
                ENV,
                "opa_println",
                FunctionType.of(new ValType[] {ValType.I32}, new ValType[0]),
                (inst, args) -> null),
            builtin("opa_builtin0", 0),
            builtin("opa_builtin1", 1),
            builtin("opa_builtin2", 2),
            builtin("opa_builtin3", 3),
            builtin("opa_builtin4", 4))
        .build();
  }

  /**
   * {@code opa_builtinN(id, ctx, arg1..argN)}: each argument is a value address; so is the result.
   */
  private HostFunction builtin(String name, int arity) {
    ValType[] params = new ValType[arity + 2];
    Arrays.fill(params, ValType.I32);
    return new HostFunction(
        ENV,
        name,
        FunctionType.of(params, new ValType[] {ValType.I32}),
        (inst, args) -> {
          int id = (int) args[0];
          if (id < 0 || id >= builtins.length || builtins[id] == null) {
            throw new PolicyAbort("the policy called builtin #" + id + ", which it never declared");
          }
          JsonNode[] operands = new JsonNode[arity];
          for (int i = 0; i < arity; i++) {
            operands[i] = HostBuiltins.json(dumpJson((int) args[i + 2]));
          }
          String result = builtins[id].apply(operands).toString();
          return new long[] {parseJson(result.getBytes(StandardCharsets.UTF_8))};
        });
  }

  /**
   * OPA declares fewer pages than its data segments reach (its JavaScript host starts at 5, the
   * Java one at 10); the host starts where opa-java-wasm does, or at the declared size if larger.
   */
  private static int initialPages(WasmModule module) {
    int declared = 0;
    for (int i = 0; i < module.importSection().importCount(); i++) {
      if (module.importSection().getImport(i) instanceof MemoryImport imported) {
        declared = imported.limits().initialPages();
      }
    }
    return Math.max(INITIAL_PAGES, declared);
  }

  /** An abort or a host failure inside an evaluation: the evaluation fails (exit 3). */
  static final class PolicyAbort extends RuntimeException {
    PolicyAbort(String message) {
      super(message);
    }
  }
}
