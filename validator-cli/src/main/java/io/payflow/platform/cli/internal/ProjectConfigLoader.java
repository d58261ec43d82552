package io.payflow.platform.cli.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.payflow.platform.cli.FailOn;
import io.payflow.platform.cli.ProjectConfig;
import io.payflow.platform.policies.Severity;
import io.payflow.platform.topology.EscapedSurrogates;
import io.payflow.platform.topology.InputFiles;
import io.payflow.platform.topology.TopologyLoadException;
import io.payflow.platform.topology.TopologyLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Finds and reads {@code .payflow.yaml} (given explicitly, or the nearest one upward) like any
 * input: through {@link InputFiles} with its own size cap, with SnakeYAML's alias, depth and
 * duplicate-key limits, dates as ISO strings only, and every error one line with file, line:column,
 * path and the fix. An empty file is a config with nothing set.
 */
public final class ProjectConfigLoader {
  static final String FILE_NAME = ".payflow.yaml";
  static final int MAX_ALIASES = 10;
  static final int MAX_DEPTH = 16;

  private static final ObjectMapper YAML = mapper();

  private ProjectConfigLoader() {}

  private static ObjectMapper mapper() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setAllowDuplicateKeys(false);
    options.setCodePointLimit((int) InputFiles.Kind.CONFIG.maxBytes());
    YAMLFactory factory =
        YAMLFactory.builder()
            .loaderOptions(options)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    return YAMLMapper.builder(factory)
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .addModule(
            new SimpleModule()
                .addDeserializer(
                    Severity.class, new ParsedDeserializer<>(Severity.class, Severity::parse))
                .addDeserializer(
                    FailOn.class, new ParsedDeserializer<>(FailOn.class, FailOn::parse))
                .addDeserializer(LocalDate.class, new IsoDateDeserializer()))
        .build();
  }

  static Optional<Path> findUpward(Path start) {
    for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  public static ProjectConfig load(Path explicit) {
    Optional<Path> file = explicit != null ? Optional.of(explicit) : findUpward(Path.of(""));
    if (file.isEmpty()) {
      return ProjectConfig.NONE;
    }
    Path path = file.get();
    String name = path.toString();
    String text;
    try {
      byte[] bytes = InputFiles.bytes(path, name, InputFiles.Kind.CONFIG);
      text = bytes.length == 0 ? "" : TopologyLoader.decode(name, bytes);
    } catch (TopologyLoadException e) {
      throw new UserError(e.getMessage(), e);
    }
    if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
      return ProjectConfig.NONE;
    }
    refuseLoneSurrogates(text, name);
    try {
      ProjectConfig config = YAML.readValue(text, ProjectConfig.class);
      return config == null ? ProjectConfig.NONE : config;
    } catch (JsonMappingException e) {
      throw new UserError(name + where(e, text) + ": " + pathOf(e) + reason(e), null);
    } catch (IOException e) {
      throw new UserError(
          name
              + where(
                  e instanceof com.fasterxml.jackson.core.JsonProcessingException p
                      ? p.getLocation()
                      : null)
              + ": "
              + (e instanceof StreamConstraintsException
                  ? "nested too deep (a config is at most " + MAX_DEPTH + " levels)"
                  : "malformed YAML (check indentation, quotes and that each key appears once)"),
          null);
    }
  }

  /** A waiver's reason is printed in reports: it must be text ({@link EscapedSurrogates}). */
  private static void refuseLoneSurrogates(String text, String name) {
    var lone = EscapedSurrogates.in(text, YAML.getFactory());
    if (lone.isPresent()) {
      throw new UserError(lone.get().message(name), null);
    }
  }

  /**
   * Where the error stands. The config's own checks run when the whole document has been read, so
   * Jackson's place is its end: the path their message starts with is looked up instead.
   */
  private static String where(JsonMappingException e, String text) {
    if (e.getCause() instanceof IllegalArgumentException checked && e.getPath().isEmpty()) {
      String message = String.valueOf(checked.getMessage());
      int colon = message.indexOf(": ");
      if (colon > 0) {
        var at = TopologyLoader.position(text, message.substring(0, colon));
        if (at.isPresent()) {
          return ":" + at.get().line() + ":" + at.get().column();
        }
      }
    }
    return where(e.getLocation());
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  /** What is wrong and the fix, in words of our own: Jackson's name types and quote values. */
  private static String reason(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      return "unknown key '"
          + Printable.line(u.getPropertyName())
          + "' (known: fail_on, budgets, organisation_budget_usd, settings, severity, waivers)";
    }
    if (e.getCause() instanceof IllegalArgumentException cause) {
      return cause.getMessage();
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      Class<?> t = m.getTargetType();
      if (t == LocalDate.class) {
        return "expected a date as an ISO string such as '2027-01-31'";
      }
      if (Number.class.isAssignableFrom(t) || t.isPrimitive()) {
        return "expected a number";
      }
      if (java.util.List.class.isAssignableFrom(t)) {
        return "expected a list";
      }
      if (java.util.Map.class.isAssignableFrom(t) || t.isRecord()) {
        return "expected a mapping of keys to values";
      }
      if (t == String.class) {
        return "expected a string";
      }
    }
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return original.startsWith("Duplicate field")
        ? "a key appears twice (each key once: remove one)"
        : "has the wrong type or shape (see the README's .payflow.yaml section)";
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        path.append(path.length() > 0 ? "." : "").append(Printable.line(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "" : path + ": ";
  }

  /** A value read from one string by {@code parse}; what it refuses is named with its place. */
  private static final class ParsedDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient java.util.function.Function<String, T> parse;

    ParsedDeserializer(Class<T> type, java.util.function.Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext c) throws IOException {
      try {
        return parse.apply(p.getText());
      } catch (IllegalArgumentException e) {
        throw JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }

  /**
   * Dates as ISO strings only: YAML reads an unquoted {@code 20200131} as a number, which a lenient
   * reader turns into a day near the year 57,000, and the waiver never expires.
   */
  private static final class IsoDateDeserializer extends StdDeserializer<LocalDate> {
    private static final long serialVersionUID = 1L;

    IsoDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext c) throws IOException {
      String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
      if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw JsonMappingException.from(
            p,
            "",
            new IllegalArgumentException(
                "expected a date as an ISO string such as '2027-01-31' (YYYY-MM-DD)"));
      }
      try {
        return LocalDate.parse(text);
      } catch (DateTimeException e) {
        throw JsonMappingException.from(
            p, "", new IllegalArgumentException("'" + text + "' is not a calendar date"));
      }
    }
  }
}
