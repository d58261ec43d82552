package io.payflow.platform.topology;

/** An RDS instance. Storage is gp3 in GB; the master password is a credential reference. */
public record Database(
    String name,
    String engine,
    String engineVersion,
    String instanceClass,
    Boolean multiAz,
    int storageGb,
    Credential masterPassword) {
  public Database {
    InvalidValueException.requiredText(name, "name");
    InvalidValueException.requiredText(engine, "engine");
    InvalidValueException.requiredText(engineVersion, "engine_version");
    InvalidValueException.requiredText(instanceClass, "instance_class");
    InvalidValueException.required(multiAz, "multi_az");
    InvalidValueException.atLeast(storageGb, 20, "storage_gb");
    InvalidValueException.required(masterPassword, "master_password");
  }
}
