package io.payflow.platform.policies.internal;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.CodeSection;
import com.dylibso.chicory.wasm.types.DataSection;
import com.dylibso.chicory.wasm.types.ElementSection;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.FunctionSection;
import com.dylibso.chicory.wasm.types.GlobalSection;
import com.dylibso.chicory.wasm.types.ImportSection;
import com.dylibso.chicory.wasm.types.MemorySection;
import com.dylibso.chicory.wasm.types.Section;
import com.dylibso.chicory.wasm.types.SectionId;
import com.dylibso.chicory.wasm.types.StartSection;
import com.dylibso.chicory.wasm.types.TableSection;
import com.dylibso.chicory.wasm.types.TypeSection;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads the description of a module whose code the build compiled (Chicory's {@code .meta} file:
 * types, imports, exports, data; function bodies stubbed) into a {@link WasmModule}, section by
 * section through Chicory's parser.
 *
 * <p>Chicory's {@code Parser.parse(Supplier)} also hashes the module with SHA-256 for its compiled
 * code cache, which a build-time module never uses: on a cold JVM that initialized the JDK's
 * security provider, linked a string concatenation and ran SHA-256 interpreted, some 20 ms of the
 * pre-commit path's CPU. A section this host does not expect of OPA's modules is refused, not
 * dropped. The code section's stubs are not parsed one by one ({@link StubbedCode}).
 */
final class ModuleDescription {
  private ModuleDescription() {}

  static WasmModule read(InputStream in, boolean validate) {
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WasmModule.Builder module = WasmModule.builder().withValidation(validate);
    StubbedCode stubs = validate ? null : StubbedCode.of(bytes);
    Parser.Builder parser = Parser.builder().withValidation(validate);
    if (stubs != null) {
      for (int id = SectionId.CUSTOM; id <= SectionId.TAG; id++) {
        if (id != SectionId.CODE) {
          parser.includeSectionId(id);
        }
      }
      module.setCodeSection(stubs.section());
    }
    parser.build().parse(new ByteArrayInputStream(bytes), section -> add(module, section));
    return module.build();
  }

  private static void add(WasmModule.Builder module, Section section) {
    if (section instanceof TypeSection s) {
      module.setTypeSection(s);
    } else if (section instanceof ImportSection s) {
      module.setImportSection(s);
    } else if (section instanceof FunctionSection s) {
      module.setFunctionSection(s);
    } else if (section instanceof TableSection s) {
      module.setTableSection(s);
    } else if (section instanceof MemorySection s) {
      module.setMemorySection(s);
    } else if (section instanceof GlobalSection s) {
      module.setGlobalSection(s);
    } else if (section instanceof ExportSection s) {
      module.setExportSection(s);
    } else if (section instanceof StartSection s) {
      module.setStartSection(s);
    } else if (section instanceof ElementSection s) {
      module.setElementSection(s);
    } else if (section instanceof CodeSection s) {
      module.setCodeSection(s);
    } else if (section instanceof DataSection s) {
      module.setDataSection(s);
    } else {
      throw new IllegalStateException(
          "the bundled policy module has a section this host does not read: "
              + section.sectionId());
    }
  }
}
