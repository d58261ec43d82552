package io.payflow.platform.policies;

import io.payflow.platform.policies.internal.InputReader;
import java.nio.file.Path;

/**
 * Reads any supported input into facts: topology YAML/JSON, Terraform JSON ({@code cdk.tf.json},
 * {@code *.tf.json}), a {@code cdktf.out/} directory, or a {@code terraform show -json} plan. The
 * kind is decided by content, so a plan saved as {@code plan.txt} still reads as a plan.
 */
public final class Inputs {
  /** Plans and Terraform JSON larger than this are refused before they are read. */
  public static final long MAX_INPUT_BYTES =
      io.payflow.platform.topology.InputFiles.Kind.TERRAFORM.maxBytes();

  private Inputs() {}

  public static Input read(Path path) throws InputException {
    return read(path, path.toString());
  }

  /** Reads {@code path}; messages and reports call it {@code displayName}. */
  public static Input read(Path path, String displayName) throws InputException {
    return InputReader.read(path, displayName);
  }
}
