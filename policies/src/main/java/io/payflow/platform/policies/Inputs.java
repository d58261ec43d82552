package io.payflow.platform.policies;

import io.payflow.platform.policies.internal.InputReader;
import java.nio.file.Path;

/**
 * Reads any supported input into facts: topology YAML/JSON, Terraform JSON ({@code cdk.tf.json},
 * {@code *.tf.json}), a {@code cdktf.out/} directory, or a {@code terraform show -json} plan. The
 * kind is decided by content, so a plan saved as {@code plan.txt} still reads as a plan.
 */
public final class Inputs {
  /** Inputs larger than this are refused before parsing (a plan of 30,000 resources is ~60 MB). */
  public static final long MAX_INPUT_BYTES = 256L * 1024 * 1024;

  private Inputs() {}

  public static Input read(Path path) throws InputException {
    return read(path, path.toString());
  }

  /** Reads {@code path}; messages and reports call it {@code displayName}. */
  public static Input read(Path path, String displayName) throws InputException {
    return InputReader.read(path, displayName);
  }
}
