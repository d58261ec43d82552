package io.payflow.platform.policies.internal;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.CodeSection;
import com.dylibso.chicory.wasm.types.FunctionBody;
import com.dylibso.chicory.wasm.types.SectionId;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The code section of a module description whose every function body is the build-time compiler's
 * stub ({@code unreachable}, no locals): Chicory's instance needs one body per function (its table
 * refers to them by index), never runs them (the compiled machine does), and parsing 822 of them
 * one instruction at a time was 17 ms of the pre-commit path's CPU, cold. Here the parser skips the
 * section (every other section keeps its place, and its instructions their addresses) and one
 * parsed stub is shared. A description with any other body is not this: {@link #of} gives null, and
 * the section is parsed as it is.
 */
final class StubbedCode {
  /** A stub body as the build writes it: its size (3), no local declarations, unreachable, end. */
  private static final byte[] STUB = {0x03, 0x00, 0x00, 0x0b};

  /** A module of one function whose body is the stub: the one body parsed. */
  private static final byte[] ONE_STUB =
      HexFormat.of()
          .parseHex(
              "0061736d01000000" // magic, version 1
                  + "010401600000" // types: () -> ()
                  + "03020100" // functions: one, of type 0
                  + "0a05010300000b"); // code: one body, the stub

  private final int count;

  private StubbedCode(int count) {
    this.count = count;
  }

  /**
   * The module's stubbed code section, or null if it has none, any body is not a stub, or any
   * section is of a kind the parser would be told to skip (then the whole module is parsed, and
   * refused as any module with such a section is).
   */
  static StubbedCode of(byte[] module) {
    StubbedCode stubs = null;
    int at = 8;
    while (at < module.length) {
      int id = module[at] & 0xff;
      long[] size = uleb(module, at + 1);
      int start = (int) size[1];
      long end = start + size[0];
      if (end > module.length || id > SectionId.TAG) {
        return null;
      }
      if (id == SectionId.CODE) {
        stubs = stubs(module, start, (int) end);
        if (stubs == null) {
          return null;
        }
      }
      at = (int) end;
    }
    return stubs;
  }

  private static StubbedCode stubs(byte[] module, int start, int end) {
    long[] count = uleb(module, start);
    int bodies = (int) count[1];
    if (end - bodies != count[0] * STUB.length) {
      return null;
    }
    for (int body = bodies; body < end; body += STUB.length) {
      if (!Arrays.equals(module, body, body + STUB.length, STUB, 0, STUB.length)) {
        return null;
      }
    }
    return new StubbedCode((int) count[0]);
  }

  /**
   * As many stub bodies as the module has functions, all one parsed stub. Parsed section by section
   * as {@link ModuleDescription} does: {@code Parser.parse(byte[])} would hash it with SHA-256,
   * starting the JDK's security provider on the pre-commit path again (11 ms of CPU, cold).
   */
  CodeSection section() {
    CodeSection[] parsed = new CodeSection[1];
    Parser.builder()
        .build()
        .parse(
            new ByteArrayInputStream(ONE_STUB),
            s -> {
              if (s instanceof CodeSection code) {
                parsed[0] = code;
              }
            });
    FunctionBody stub = parsed[0].getFunctionBody(0);
    CodeSection.Builder section = CodeSection.builder();
    for (int i = 0; i < count; i++) {
      section.addFunctionBody(stub);
    }
    return section.build();
  }

  /** An unsigned LEB128 number at {@code at}: its value, and where what follows it starts. */
  private static long[] uleb(byte[] bytes, int at) {
    long value = 0;
    int shift = 0;
    while (true) {
      if (at >= bytes.length || shift > 28) {
        throw new IllegalStateException("the bundled policy module's description is truncated");
      }
      int b = bytes[at++] & 0xff;
      value |= (long) (b & 0x7f) << shift;
      if (b < 0x80) {
        return new long[] {value, at};
      }
      shift += 7;
    }
  }
}
