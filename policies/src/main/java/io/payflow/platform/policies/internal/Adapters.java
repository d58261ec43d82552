package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.InputException;
import java.util.function.Supplier;

/**
 * What every Terraform adapter does with a {@link BadInput}: one line with file, place and path.
 */
final class Adapters {
  private Adapters() {}

  static Facts facts(InputFile file, Supplier<Facts> build) throws InputException {
    try {
      return build.get();
    } catch (BadInput e) {
      throw error(file.name(), file.text(), e);
    }
  }

  /** {@code file:line:column: path: what}, the place found from the path when the text has it. */
  static InputException error(String name, String text, BadInput e) {
    String path = e.path();
    int hash = path.indexOf('#');
    String local = hash >= 0 ? path.substring(hash + 1) : path;
    String at =
        text == null
            ? ""
            : JsonPathIndex.locate(text, local)
                .map(p -> ":" + p.line() + ":" + p.column())
                .orElse("");
    return new InputException(name + at + ": " + local + ": " + e.getMessage(), e);
  }
}
