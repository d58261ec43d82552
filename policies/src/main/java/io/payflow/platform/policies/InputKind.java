package io.payflow.platform.policies;

/** The kinds of input the toolkit reads, told apart by content rather than by file name. */
public enum InputKind {
  /** A PayFlow topology file (YAML or JSON). */
  TOPOLOGY,
  /** Terraform JSON configuration: a CDKTF {@code cdk.tf.json} or any {@code *.tf.json}. */
  TERRAFORM_JSON,
  /** A CDKTF output directory ({@code cdktf.out/}, one stack per environment). */
  CDKTF_OUT,
  /** {@code terraform show -json} of a plan. */
  PLAN;

  public String label() {
    return switch (this) {
      case TOPOLOGY -> "topology";
      case TERRAFORM_JSON -> "terraform json";
      case CDKTF_OUT -> "cdktf.out";
      case PLAN -> "plan";
    };
  }
}
