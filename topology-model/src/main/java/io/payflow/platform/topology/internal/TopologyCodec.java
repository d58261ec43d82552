package io.payflow.platform.topology.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.payflow.platform.topology.EscapedSurrogates;
import io.payflow.platform.topology.Topology;
import io.payflow.platform.topology.TopologyLoadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one place that knows how a topology is spelled in YAML and JSON: snake_case keys, lower-case
 * enum values, value types as strings, strict about unknown and duplicate keys.
 */
public final class TopologyCodec {
  /** SnakeYAML's guards against alias bombs, deep nesting and huge documents, stated here. */
  private static final int MAX_ALIASES = 50;

  private static final int MAX_DEPTH = 64;
  private static final int MAX_CODE_POINTS = 4 * 1024 * 1024;

  private static final ObjectMapper YAML = configure(YAMLMapper.builder(yamlFactory())).build();
  private static final ObjectMapper JSON = configure(JsonMapper.builder(jsonFactory())).build();

  private TopologyCodec() {}

  private static YAMLFactory yamlFactory() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setNestingDepthLimit(MAX_DEPTH);
    options.setCodePointLimit(MAX_CODE_POINTS);
    options.setAllowDuplicateKeys(false);
    return YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(constraints())
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .build();
  }

  private static JsonFactory jsonFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(constraints())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  static StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(MAX_DEPTH)
        .maxStringLength(1024 * 1024)
        .maxNumberLength(40)
        .build();
  }

  private static <
          M extends ObjectMapper, B extends com.fasterxml.jackson.databind.cfg.MapperBuilder<M, B>>
      B configure(B builder) {
    return builder
        .addModule(new ValueTypesModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
        .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
        .serializationInclusion(JsonInclude.Include.NON_EMPTY)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  }

  /** JSON when the first non-blank character opens an object or array; YAML otherwise. */
  public static boolean looksLikeJson(String content) {
    for (int i = 0; i < content.length(); i++) {
      char c = content.charAt(i);
      if (!Character.isWhitespace(c) && c != '\uFEFF') {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  public static Topology read(String content, String sourceName) throws TopologyLoadException {
    if (content.isBlank()) {
      throw new TopologyLoadException(
          sourceName,
          0,
          0,
          "",
          "file is empty (expected a topology; `payflow init` writes a starter)",
          null);
    }
    boolean json = looksLikeJson(content);
    ObjectMapper mapper = json ? JSON : YAML;
    refuseLoneSurrogates(mapper, content, sourceName);
    try {
      Topology topology = mapper.readValue(content, Topology.class);
      if (topology == null) {
        throw new TopologyLoadException(
            sourceName, 1, 1, "", "document is empty (expected a topology)", null);
      }
      return topology;
    } catch (JsonProcessingException e) {
      throw LoadErrors.translate(e, content, sourceName, mapper, Topology.class);
    } catch (RuntimeException e) {
      // SnakeYAML reports some limits (alias bombs, code point limit) outside Jackson's types.
      throw LoadErrors.translate(e, sourceName);
    }
  }

  /** A string escaping half a surrogate pair alone is not text ({@link EscapedSurrogates}). */
  private static void refuseLoneSurrogates(ObjectMapper mapper, String content, String sourceName)
      throws TopologyLoadException {
    Optional<EscapedSurrogates.Lone> lone = EscapedSurrogates.in(content, mapper.getFactory());
    if (lone.isPresent()) {
      EscapedSurrogates.Lone at = lone.get();
      throw new TopologyLoadException(
          sourceName, at.line(), at.column(), at.path(), at.problem(), null);
    }
  }

  public static java.util.Optional<io.payflow.platform.topology.SourcePosition> position(
      String content, String path) {
    ObjectMapper mapper = looksLikeJson(content) ? JSON : YAML;
    return LoadErrors.locate(mapper, content, path)
        .map(p -> new io.payflow.platform.topology.SourcePosition(p.line(), p.column()));
  }

  public static String writeYaml(Topology topology) {
    return write(YAML, topology);
  }

  public static String writeJson(Topology topology) {
    return write(JSON, topology) + "\n";
  }

  private static String write(ObjectMapper mapper, Topology topology) {
    try {
      return mapper.writeValueAsString(topology);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
