package io.payflow.platform.topology;

/**
 * A reference to a credential. The literal value, when there is one, is never part of {@link
 * #toString()}, so it cannot leak into a log line or an error message.
 */
public record Credential(CredentialSource source, String secret, String value) {
  public Credential {
    InvalidValueException.required(source, "source");
    switch (source) {
      case SECRETS_MANAGER -> {
        InvalidValueException.requiredText(secret, "secret");
        if (value != null) {
          throw new InvalidValueException("value", "must be absent when source is secrets_manager");
        }
      }
      case MANAGED -> {
        if (secret != null || value != null) {
          throw new InvalidValueException(
              source == CredentialSource.MANAGED && secret != null ? "secret" : "value",
              "must be absent when source is managed (RDS creates and rotates the secret)");
        }
      }
      case LITERAL -> {
        if (value == null || value.isEmpty()) {
          throw new InvalidValueException("value", "is required when source is literal");
        }
        if (secret != null) {
          throw new InvalidValueException("secret", "must be absent when source is literal");
        }
      }
    }
  }

  public static Credential secretsManager(String secret) {
    return new Credential(CredentialSource.SECRETS_MANAGER, secret, null);
  }

  public static Credential managed() {
    return new Credential(CredentialSource.MANAGED, null, null);
  }

  public static Credential literal(String value) {
    return new Credential(CredentialSource.LITERAL, null, value);
  }

  @Override
  public String toString() {
    return switch (source) {
      case SECRETS_MANAGER -> "secrets_manager:" + secret;
      case MANAGED -> "managed";
      case LITERAL -> "literal:<redacted>";
    };
  }
}
