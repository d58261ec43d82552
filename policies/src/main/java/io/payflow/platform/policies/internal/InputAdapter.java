package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;

/**
 * One kind of input, told apart by content and read into facts (as Conftest's {@code
 * parser.Parser}). The reader asks each adapter in turn; adapters never call back into the reader.
 */
interface InputAdapter {
  /** The kind of input this adapter reads. */
  InputKind kind();

  boolean accepts(InputFile file);

  Input read(InputFile file) throws InputException;
}
