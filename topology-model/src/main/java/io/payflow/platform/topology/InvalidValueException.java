package io.payflow.platform.topology;

/**
 * A value that cannot be part of a topology. The message names the field, the bad value and what
 * was expected, so a loader only has to add the file position.
 */
public final class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidValueException(String field, String message) {
    super(field + ": " + message);
    this.field = field;
  }

  /** The field the value was meant for, relative to the object being built. */
  public String field() {
    return field;
  }

  /** The message without the field prefix. */
  public String reason() {
    return getMessage().substring(field.length() + 2);
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new InvalidValueException(field, "is required");
    }
    return value;
  }

  static String requiredText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidValueException(field, "is required and must not be blank");
    }
    return value;
  }

  static int atLeast(int value, int min, String field) {
    if (value < min) {
      throw new InvalidValueException(
          field, value + " is too small (expected at least " + min + ")");
    }
    return value;
  }
}
