package io.payflow.platform.topology;

/**
 * Where a password or token comes from. {@link #LITERAL} is representable only so that the
 * validator can refuse it.
 */
public enum CredentialSource {
  /** A secret in AWS Secrets Manager, referenced by name. */
  SECRETS_MANAGER,
  /** RDS manages the master password in Secrets Manager ({@code manage_master_user_password}). */
  MANAGED,
  /** The value is written in the file. Always a finding. */
  LITERAL
}
