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

  /**
   * Whether {@code path} is an input payflow reads at all (a topology, a plan, Terraform JSON, a
   * cdktf.out/), decided from content: a pre-commit hook passes every YAML and JSON file and skips
   * the others. A file that is one of these kinds but broken still counts: reading it reports what
   * is wrong.
   */
  public static boolean isKnownKind(Path path) {
    return InputReader.isKnownKind(path);
  }

  /**
   * The kind of input {@code path} is, told from its content as {@link #read} tells it, without
   * reading it into facts; empty if it is none, or cannot be read (reading it says why).
   */
  public static java.util.Optional<InputKind> kindOf(Path path) {
    return InputReader.kindOf(path);
  }

  /** Reads {@code path}; messages and reports call it {@code displayName}. */
  public static Input read(Path path, String displayName) throws InputException {
    return InputReader.read(path, displayName);
  }
}
