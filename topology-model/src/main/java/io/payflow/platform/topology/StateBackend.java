package io.payflow.platform.topology;

/**
 * The one S3 bucket that holds every environment's Terraform state, each under its own key, with
 * one DynamoDB lock table and one KMS key. It lives in (and is billed to) {@code owner}.
 */
public record StateBackend(
    String bucket,
    String region,
    String lockTable,
    String kmsKeyAlias,
    Boolean encrypt,
    String owner,
    int storageGb) {
  public StateBackend {
    InvalidValueException.requiredText(bucket, "bucket");
    InvalidValueException.requiredText(region, "region");
    InvalidValueException.required(encrypt, "encrypt");
    InvalidValueException.requiredText(owner, "owner");
    InvalidValueException.atLeast(storageGb, 0, "storage_gb");
  }
}
