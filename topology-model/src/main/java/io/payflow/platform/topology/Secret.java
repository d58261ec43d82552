package io.payflow.platform.topology;

/** A Secrets Manager secret the environment owns. Only its name is modelled, never a value. */
public record Secret(String name, String description) {
  public Secret {
    InvalidValueException.requiredText(name, "name");
  }
}
