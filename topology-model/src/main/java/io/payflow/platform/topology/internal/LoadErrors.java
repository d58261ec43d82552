package io.payflow.platform.topology.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.payflow.platform.topology.InvalidValueException;
import io.payflow.platform.topology.ParseMessages;
import io.payflow.platform.topology.TopologyLoadException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/** Turns Jackson's and SnakeYAML's exceptions into one line a person can act on. */
final class LoadErrors {
  private LoadErrors() {}

  static TopologyLoadException translate(
      JsonProcessingException e, String content, String file, ObjectMapper mapper, Class<?> root) {
    if (e instanceof JsonMappingException) {
      // A misspelt key is the likeliest cause of any binding error: report it first.
      Optional<UnknownFields.Unknown> unknown = UnknownFields.find(mapper, content, root);
      if (unknown.isPresent()) {
        UnknownFields.Unknown u = unknown.get();
        return new TopologyLoadException(
            file,
            u.line(),
            u.column(),
            u.path(),
            unknownField(u.name(), List.copyOf(u.known())),
            e);
      }
    }
    String path = e instanceof JsonMappingException m ? path(m) : "";
    JsonLocation at = e.getLocation();
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    InvalidValueException invalid = invalidValue(e);
    String reason;
    if (invalid != null && e instanceof ValueInstantiationException) {
      // The constructor knows the field; Jackson only knows the object it was building.
      path = join(path, invalid.field());
      reason = invalid.reason();
    } else {
      reason =
          reason(
              e,
              invalid,
              !(mapper instanceof com.fasterxml.jackson.dataformat.yaml.YAMLMapper),
              isCredential(path));
    }
    if (!path.isEmpty()) {
      Optional<DocumentPositions.Position> position = locate(mapper, content, path);
      if (position.isPresent()) {
        line = position.get().line();
        column = position.get().column();
      }
    }
    return new TopologyLoadException(file, line, column, path, reason, e);
  }

  /** A missing field has no position of its own: point at the object that lacks it. */
  static Optional<DocumentPositions.Position> locate(
      ObjectMapper mapper, String content, String path) {
    String candidate = path;
    while (true) {
      Optional<DocumentPositions.Position> found =
          DocumentPositions.find(mapper, content, candidate);
      if (found.isPresent() || candidate.isEmpty()) {
        return found;
      }
      candidate = parent(candidate);
    }
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  static TopologyLoadException translate(RuntimeException e, String file) {
    String raw = firstLine(e.getMessage());
    String text = ParseMessages.syntax(raw, "YAML");
    if (raw.contains("aliases")) {
      text = "too many YAML aliases (an alias bomb?); at most 50 are allowed";
    } else if (raw.contains("code points")) {
      text = "document is too large for a topology";
    } else if (raw.contains("Nesting Depth")) {
      text = "nesting is too deep (at most 64 levels)";
    }
    return new TopologyLoadException(file, 0, 0, "", text, e);
  }

  /** Values under a password or token are never quoted in a message, whatever is wrong. */
  static boolean isCredential(String path) {
    return path.contains("master_password") || path.contains("auth_token");
  }

  private static String reason(
      JsonProcessingException e, InvalidValueException invalid, boolean json, boolean secret) {
    if (e instanceof UnrecognizedPropertyException u) {
      return unknownField(u.getPropertyName(), u.getKnownPropertyIds());
    }
    if (invalid != null) {
      return invalid.reason();
    }
    if (e instanceof InvalidFormatException f
        && f.getTargetType() != null
        && f.getTargetType().isEnum()) {
      return (secret
              ? "the value"
              : "'" + ParseMessages.printable(String.valueOf(f.getValue())) + "'")
          + " is not one of "
          + enumValues(f.getTargetType());
    }
    if (e instanceof StreamConstraintsException) {
      String limit = firstLine(e.getOriginalMessage());
      String past = ParseMessages.pastBound(limit);
      if (past != null) {
        return past;
      }
      return limit.contains("nesting")
          ? "nesting is too deep (at most 64 levels)"
          : "document exceeds a safety limit (a value or number too long for a topology)";
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "wrong type (expected " + expected(m.getTargetType(), m) + ")";
    }
    String message = firstLine(e.getOriginalMessage());
    if (e instanceof JsonMappingException
        && e.getCause() instanceof JsonProcessingException inner) {
      message = firstLine(inner.getOriginalMessage());
    }
    String duplicate = ParseMessages.duplicateKey(message);
    if (duplicate != null) {
      return "duplicate key '" + duplicate + "' (each key may appear once in an object)";
    }
    if (e instanceof JsonMappingException && !(e.getCause() instanceof JsonProcessingException)) {
      return "has the wrong shape here (see topology.schema.json)";
    }
    return ParseMessages.syntax(message, json ? "JSON" : "YAML");
  }

  static String unknownField(String name, Collection<?> known) {
    TreeSet<String> names = new TreeSet<>();
    known.forEach(k -> names.add(String.valueOf(k)));
    return "unknown field '"
        + ParseMessages.printable(name)
        + "'"
        + Suggestions.closest(name, names).map(s -> "; did you mean '" + s + "'?").orElse("")
        + " (known fields: "
        + String.join(", ", names)
        + ")";
  }

  private static String enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
        .toList()
        .toString();
  }

  private static String expected(Class<?> type, MismatchedInputException e) {
    if (type.isEnum()) {
      return "one of " + enumValues(type);
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == String.class) {
      return "text";
    }
    if (type == int.class
        || type == Integer.class
        || type == long.class
        || Number.class.isAssignableFrom(type)) {
      return "a whole number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "true or false";
    }
    if (type.isRecord()) {
      return "an object with fields";
    }
    return "a value of another kind";
  }

  private static InvalidValueException invalidValue(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidValueException invalid) {
        return invalid;
      }
    }
    return null;
  }

  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : e.getPath()) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String join(String path, String field) {
    if (path.isEmpty()) {
      return field;
    }
    return field.startsWith("[") ? path + field : path + "." + field;
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "a list";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> "text";
    };
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable input";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.strip();
  }
}
