package io.payflow.platform.topology;

/** A container image repository and the image storage it is expected to hold. */
public record EcrRepository(String name, int storageGb) {
  public EcrRepository {
    InvalidValueException.requiredText(name, "name");
    InvalidValueException.atLeast(storageGb, 0, "storage_gb");
  }
}
