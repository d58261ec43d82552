package io.payflow.platform.topology.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the first key that no record of the model declares. Jackson reports unknown keys only after
 * a record's constructor ran, so a constructor complaint ("organisation: is required") would hide
 * the real mistake (a misspelt key); the loader asks this first.
 */
final class UnknownFields {
  private static final PropertyNamingStrategies.NamingBase SNAKE =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  private UnknownFields() {}

  record Unknown(String path, String name, List<String> known, int line, int column) {}

  static Optional<Unknown> find(ObjectMapper mapper, String content, Class<?> root) {
    try (JsonParser parser = mapper.createParser(content)) {
      Deque<Scope> stack = new ArrayDeque<>();
      Type pending = root;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        Scope scope = stack.peek();
        switch (token) {
          case START_OBJECT, START_ARRAY -> {
            String path = scope == null ? "" : scope.childPath();
            stack.push(new Scope(path, token == JsonToken.START_ARRAY, pending));
            pending = token == JsonToken.START_ARRAY ? elementType(pending) : null;
          }
          case END_OBJECT, END_ARRAY -> {
            stack.pop();
            Scope outer = stack.peek();
            pending = outer != null && outer.array ? elementType(outer.type) : null;
          }
          case FIELD_NAME -> {
            scope.field = parser.currentName();
            Map<String, Type> fields = fields(scope.type);
            if (fields != null && !fields.containsKey(scope.field)) {
              JsonLocation at = parser.currentTokenLocation();
              return Optional.of(
                  new Unknown(
                      scope.childPath(),
                      scope.field,
                      List.copyOf(fields.keySet()),
                      at.getLineNr(),
                      at.getColumnNr()));
            }
            pending = fields == null ? null : fields.get(scope.field);
          }
          default -> {
            if (scope != null) {
              scope.childPath();
              pending = scope.array ? elementType(scope.type) : null;
            }
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Malformed documents are reported by the main parse.
    }
    return Optional.empty();
  }

  private static Type elementType(Type listType) {
    if (listType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return p.getActualTypeArguments()[0];
    }
    return null;
  }

  /** The snake_case field names of a record type, or null for scalars and unknown types. */
  private static Map<String, Type> fields(Type type) {
    if (!(type instanceof Class<?> c)
        || !c.isRecord()
        || c.getPackageName().endsWith(".internal")) {
      return null;
    }
    if (!c.getPackageName().startsWith("io.payflow.platform.topology")) {
      return null;
    }
    if (c.getSimpleName().equals("AvailabilityZone") || c.getSimpleName().equals("Money")) {
      return null;
    }
    Map<String, Type> fields = new LinkedHashMap<>();
    for (RecordComponent component : c.getRecordComponents()) {
      fields.put(SNAKE.translate(component.getName()), component.getGenericType());
    }
    return fields;
  }

  private static final class Scope {
    final String path;
    final boolean array;
    final Type type;
    String field;
    int index = -1;

    Scope(String path, boolean array, Type type) {
      this.path = path;
      this.array = array;
      this.type = type;
    }

    String childPath() {
      if (array) {
        index++;
        return path + "[" + index + "]";
      }
      return path.isEmpty() ? field : path + "." + field;
    }
  }
}
