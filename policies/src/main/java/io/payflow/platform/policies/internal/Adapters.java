package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.FactsDocument;
import io.payflow.platform.policies.Input;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.policies.SourceLocation;
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

  /** An input read from one JSON file, whose facts' paths are located in that file. */
  static Input input(
      InputFile file,
      InputKind kind,
      Facts facts,
      java.util.Map<String, io.payflow.platform.policies.TopologyOrigin> origins) {
    return input(file, kind, facts, origins, null);
  }

  /** As above, for a plan whose changes' places in the file are known ({@link PlanLayout}). */
  static Input input(
      InputFile file,
      InputKind kind,
      Facts facts,
      java.util.Map<String, io.payflow.platform.policies.TopologyOrigin> origins,
      PlanLayout layout) {
    // The locator keeps the text and the name, not the file: its parsed tree, the largest thing a
    // plan is read into, is garbage once the facts are built.
    JsonPathIndex index = new JsonPathIndex(file.content(), layout);
    String name = file.name();
    return new Input(
        name,
        kind,
        FactsDocument.of(facts),
        p -> index.find(p).map(at -> new SourceLocation(name, at.line(), at.column())),
        address -> java.util.Optional.ofNullable(origins.get(address)));
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
