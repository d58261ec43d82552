package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Writes typed facts through Jackson's streaming generator exactly as {@link FactsJson}'s mapper
 * writes them: record components under snake_case names in alphabetical order, omitted where a
 * component's {@code JsonInclude} says {@code NON_NULL} or {@code NON_EMPTY}, map entries by key.
 * The mapper first builds a serializer for each of the facts' record types by introspecting every
 * member and annotation; on the pre-commit path that was most of the serializing (Java 17: 39 of 54
 * ms of the main thread), and this writer reads each record's components once instead. {@code
 * FactsWriterTest} checks that both give the same bytes for every document and that every type a
 * fact holds is one written here; anything else falls back to the mapper.
 */
final class FactsWriter {
  /** One component of a record, as a key of its object. */
  private record Property(
      String name, Method accessor, JsonInclude.Include include, boolean location) {
    /** As Jackson's {@code NON_NULL} and {@code NON_EMPTY} omit a value; anything else is kept. */
    boolean omits(Object value) {
      return switch (include) {
        case NON_NULL -> value == null;
        case NON_EMPTY ->
            value == null
                || value instanceof String s && s.isEmpty()
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
        default -> false;
      };
    }
  }

  private static final PropertyNamingStrategies.NamingBase NAMING =
      (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

  private static final ClassValue<Property[]> PROPERTIES =
      new ClassValue<>() {
        @Override
        protected Property[] computeValue(Class<?> type) {
          return properties(type);
        }
      };

  private FactsWriter() {}

  /**
   * Writes one value: a record of the facts, a list, a map, or a scalar of the types facts hold.
   */
  static void write(JsonGenerator out, Object value) throws IOException {
    write(out, value, null);
  }

  /**
   * As {@link #write(JsonGenerator, Object)}, with each record's location ({@code path}) written as
   * its number in {@code paths} (none if null).
   */
  static void write(JsonGenerator out, Object value, PathTable paths) throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String s) {
      out.writeString(s);
    } else if (value instanceof Record r) {
      writeRecord(out, r, paths);
    } else if (value instanceof Collection<?> list) {
      out.writeStartArray(list, list.size());
      for (Object element : list) {
        write(out, element, paths);
      }
      out.writeEndArray();
    } else if (value instanceof Integer i) {
      out.writeNumber(i);
    } else if (value instanceof Long l) {
      out.writeNumber(l);
    } else if (value instanceof Boolean b) {
      out.writeBoolean(b);
    } else if (value instanceof BigDecimal d) {
      out.writeNumber(d);
    } else if (value instanceof Map<?, ?> map && stringKeys(map)) {
      writeMap(out, map, paths);
    } else {
      FactsJson.COMPACT.writeValue(out, value);
    }
  }

  /** True for every type a component of the facts declares that {@link #write} writes itself. */
  static boolean writesItself(Type type) {
    if (type instanceof ParameterizedType p) {
      Type[] args = p.getActualTypeArguments();
      Class<?> raw = (Class<?>) p.getRawType();
      if (List.class.isAssignableFrom(raw)) {
        return writesItself(args[0]);
      }
      return SortedMap.class.isAssignableFrom(raw)
          && args[0] == String.class
          && writesItself(args[1]);
    }
    return type instanceof Class<?> c
        && (c.isRecord()
            || Set.<Class<?>>of(
                    String.class,
                    int.class,
                    Integer.class,
                    long.class,
                    Long.class,
                    boolean.class,
                    Boolean.class,
                    BigDecimal.class)
                .contains(c));
  }

  private static void writeRecord(JsonGenerator out, Record record, PathTable paths)
      throws IOException {
    out.writeStartObject(record);
    for (Property p : PROPERTIES.get(record.getClass())) {
      Object value = read(p, record);
      if (!p.omits(value)) {
        out.writeFieldName(p.name());
        if (paths != null && p.location()) {
          out.writeNumber(paths.number((String) value));
        } else {
          write(out, value, paths);
        }
      }
    }
    out.writeEndObject();
  }

  private static boolean stringKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }

  private static void writeMap(JsonGenerator out, Map<?, ?> map, PathTable paths)
      throws IOException {
    Map<?, ?> sorted =
        map instanceof SortedMap<?, ?> s && s.comparator() == null ? map : new TreeMap<>(map);
    out.writeStartObject(map);
    for (Map.Entry<?, ?> e : sorted.entrySet()) {
      out.writeFieldName((String) e.getKey());
      write(out, e.getValue(), paths);
    }
    out.writeEndObject();
  }

  private static Object read(Property p, Record record) {
    try {
      return p.accessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("fact " + p.name() + " cannot be read", e);
    }
  }

  private static Property[] properties(Class<?> type) {
    List<Property> properties = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      Method accessor = c.getAccessor();
      // Checked once here, not on every call: an unchecked Method.invoke walks the stack for its
      // caller's class first, about half of reading the 40,000 facts of a large plan.
      accessor.trySetAccessible();
      String name = NAMING.translate(c.getName());
      boolean location = name.equals("path") && c.getType() == String.class;
      properties.add(new Property(name, accessor, inclusion(type, c), location));
    }
    properties.sort(Comparator.comparing(Property::name));
    return properties.toArray(Property[]::new);
  }

  /** The component's {@code @JsonInclude}, which lands on its field (the annotation's targets). */
  static JsonInclude.Include inclusion(Class<?> type, RecordComponent c) {
    try {
      Field field = type.getDeclaredField(c.getName());
      JsonInclude include = field.getAnnotation(JsonInclude.class);
      return include == null ? JsonInclude.Include.ALWAYS : include.value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("record component without its field: " + c, e);
    }
  }
}
