package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.topology.DocumentPath;
import io.payflow.platform.topology.EscapedSurrogates;
import io.payflow.platform.topology.InputFiles;
import io.payflow.platform.topology.ParseMessages;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Terraform JSON and plans as Terraform would, and no looser: one document per file,
 * duplicate keys refused, bounded nesting, no coercion of a number into a string or of a string
 * into a list. Errors name the file, line:column and JSON path, never the offending value (it may
 * be a password).
 */
final class StrictJson {
  static final int MAX_NESTING = 200;
  static final int MAX_STRING_CHARS = 64 * 1024 * 1024;

  /** Jackson's own bounds, stated: no Terraform name or number comes near them. */
  static final int MAX_NAME_CHARS = 50_000;

  static final int MAX_NUMBER_CHARS = 1_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING)
                  .maxStringLength(MAX_STRING_CHARS)
                  .maxNameLength(MAX_NAME_CHARS)
                  .maxNumberLength(MAX_NUMBER_CHARS)
                  .build())
          .build();

  /**
   * The bounds one level (or the file's size) wider, to find where a document passed them: a key or
   * number is at most the file (the file's size is bounded), nesting one level past ours.
   */
  private static final JsonFactory PAST_BOUNDS =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING + 1)
                  .maxStringLength(Integer.MAX_VALUE)
                  .maxNameLength(Integer.MAX_VALUE)
                  .maxNumberLength(Integer.MAX_VALUE)
                  .build())
          .build();

  private static final ObjectMapper MAPPER = mapper();

  /** One value in the middle of a document (the parser goes on after it). */
  private static final ObjectReader VALUE =
      MAPPER.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private StrictJson() {}

  /**
   * A reader of {@code type} with the checks and bounds of {@link #bind(InputFiles.Content, Class,
   * String)}, for parts of a document that is also bound whole when a part fails.
   */
  static ObjectReader reader(com.fasterxml.jackson.databind.JavaType type) {
    return MAPPER.readerFor(type);
  }

  /** A parser of part of a document, with the checks and bounds of the binding's. */
  static JsonParser parser(byte[] bytes, int offset, int length) throws IOException {
    return FACTORY.createParser(bytes, offset, length);
  }

  static com.fasterxml.jackson.databind.type.TypeFactory types() {
    return MAPPER.getTypeFactory();
  }

  private static ObjectMapper mapper() {
    JsonMapper mapper =
        JsonMapper.builder(FACTORY)
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(com.fasterxml.jackson.databind.MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .nodeFactory(CompactNodeFactory.INSTANCE)
            .build();
    for (LogicalType type : LogicalType.values()) {
      var coercion = mapper.coercionConfigFor(type);
      for (CoercionInputShape shape : CoercionInputShape.values()) {
        coercion.setCoercion(shape, CoercionAction.Fail);
      }
    }
    mapper.registerModule(SharedTreeBinding.module());
    mapper.configOverride(List.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.configOverride(Map.class).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    return mapper;
  }

  /** The document's tree; an empty document, malformed JSON or a second document is refused. */
  static JsonNode tree(String text, String file) throws InputException {
    return tree(InputFiles.Content.of(text), file);
  }

  /**
   * As {@link #tree(String, String)}, from a file's content (its bytes if ASCII: {@link #parser}).
   */
  static JsonNode tree(InputFiles.Content content, String file) throws InputException {
    try {
      JsonNode root =
          content.ascii() != null
              ? MAPPER.readTree(content.ascii())
              : MAPPER.readTree(content.text());
      if (root == null || root.isMissingNode()) {
        throw new InputException(file + ": document is empty", null);
      }
      return root;
    } catch (CompactNodeFactory.OutOfRange e) {
      throw outOfRange(content, file);
    } catch (JsonProcessingException e) {
      throw unreadable(content, file, e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read as JSON", e);
    }
  }

  /**
   * A parser of a file's content by {@code factory}: of its bytes when they are ASCII, where a
   * byte's column is a character's. Over a long String Jackson reads through a {@code
   * StringReader}, which widens every character to a {@code char} first: binding a 15 MB plan took
   * 45 ms (a sixth) more of the main thread's CPU (async-profiler, 3 runs each), and the text need
   * not be made at all.
   */
  static JsonParser parser(JsonFactory factory, InputFiles.Content content) throws IOException {
    return content.ascii() != null
        ? factory.createParser(content.ascii())
        : factory.createParser(content.text());
  }

  /**
   * The format_version of a document that starts as {@code terraform show -json} writes one: an
   * object whose first key is format_version, with one of {@code planKeys} after it at its top
   * level. Null for anything else. Only the top of the document is read (a plan's first keys
   * decide), and a syntax error met on the way is the error {@link #tree} gives.
   */
  static JsonNode leadingPlanVersion(String text, String file, Set<String> planKeys)
      throws InputException {
    return leadingPlanVersion(InputFiles.Content.of(text), file, planKeys);
  }

  /** As {@link #leadingPlanVersion(String, String, Set)}, of a file's content. */
  static JsonNode leadingPlanVersion(InputFiles.Content content, String file, Set<String> planKeys)
      throws InputException {
    try (JsonParser parser = parser(FACTORY, content)) {
      if (parser.nextToken() != JsonToken.START_OBJECT
          || parser.nextToken() != JsonToken.FIELD_NAME
          || !parser.currentName().equals("format_version")) {
        return null;
      }
      parser.nextToken();
      JsonNode version = VALUE.readValue(parser);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        if (planKeys.contains(parser.currentName())) {
          return version;
        }
        parser.nextToken();
        parser.skipChildren();
      }
      return null;
    } catch (CompactNodeFactory.OutOfRange e) {
      throw outOfRange(content, file);
    } catch (JsonProcessingException e) {
      throw unreadable(content, file, e);
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read as JSON", e);
    }
  }

  /**
   * Refuses a document with a string that escapes half a surrogate pair alone ({@link
   * EscapedSurrogates}), naming where it stands; a syntax error is left to the reading that
   * follows.
   */
  static void refuseLoneSurrogates(InputFiles.Content content, String file) throws InputException {
    if (!content.mayEscapeSurrogates()) {
      return;
    }
    // From characters, not bytes: the byte parser refuses such a key as malformed UTF-8, with no
    // word of what is wrong. A copy of the text, made only for a file that may hold one.
    String text =
        content.ascii() != null
            ? new String(content.ascii(), java.nio.charset.StandardCharsets.US_ASCII)
            : content.text();
    Optional<EscapedSurrogates.Lone> lone = EscapedSurrogates.in(text, FACTORY);
    if (lone.isPresent()) {
      throw new InputException(lone.get().message(file), null);
    }
  }

  /** Binds a tree to a typed shape; a wrong type is named by path and line, not by value. */
  static <T> T bind(JsonNode tree, Class<T> type, InputFiles.Content text, String file)
      throws InputException {
    return bind(tree, type, text, file, "");
  }

  /**
   * As {@link #bind(JsonNode, Class, InputFiles.Content, String)}, for the subtree at {@code at}.
   */
  static <T> T bind(JsonNode tree, Class<T> type, InputFiles.Content text, String file, String at)
      throws InputException {
    try {
      try (SharedTreeBinding.Parser parser = new SharedTreeBinding.Parser(tree, MAPPER)) {
        return MAPPER.readValue(parser, type);
      }
    } catch (JsonMappingException e) {
      throw wrongType(e, at, text, file);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(file + ": not the shape of a Terraform plan", e);
    }
  }

  /**
   * Binds a document's text to a typed shape in one streaming pass (no tree of it is built):
   * malformed JSON and a second document are the errors {@link #tree} gives, a wrong type the one
   * {@link #bind(JsonNode, Class, InputFiles.Content, String)} gives. ASCII content is read from
   * its bytes ({@link #parser} says why).
   */
  static <T> T bind(InputFiles.Content text, Class<T> type, String file) throws InputException {
    try {
      return text.ascii() != null
          ? MAPPER.readValue(text.ascii(), type)
          : MAPPER.readValue(text.text(), type);
    } catch (CompactNodeFactory.OutOfRange e) {
      throw outOfRange(text, file);
    } catch (JsonMappingException e) {
      if (CompactNodeFactory.OutOfRange.in(e) || pastBound(e) != null) {
        throw unreadable(text, file, e);
      }
      // Databind wraps what the parser throws on the way (to add the path): unwrapped, it is the
      // syntax error the tree would have met.
      if (e.getCause() instanceof JsonProcessingException syntax
          && !(syntax instanceof JsonMappingException)) {
        throw malformed(file, syntax, e);
      }
      if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")) {
        throw malformed(file, e, e);
      }
      throw wrongType(e, "", text, file);
    } catch (JsonProcessingException e) {
      throw unreadable(text, file, e);
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(file + ": not the shape of a Terraform plan", e);
    }
  }

  /** The error of a document Jackson could not read: a number out of range, a bound, syntax. */
  private static InputException unreadable(
      InputFiles.Content content, String file, JsonProcessingException e) {
    if (CompactNodeFactory.OutOfRange.in(e)) {
      return outOfRange(content, file);
    }
    StreamConstraintsException past = pastBound(e);
    return past != null ? pastBound(content, file, past) : malformed(file, e, e);
  }

  /**
   * Where the first number past a double's range stands ({@link CompactNodeFactory#numberNode}),
   * read again token by token: found only when the reading met one, so it costs nothing otherwise.
   */
  private static InputException outOfRange(InputFiles.Content content, String file) {
    String problem =
        "a number out of range (past what a 64-bit float holds; no Terraform attribute takes one: "
            + "is this file the output of `terraform show -json`, unedited?)";
    try (JsonParser parser = parser(FACTORY, content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.VALUE_NUMBER_FLOAT && !Double.isFinite(parser.getDoubleValue())) {
          JsonLocation at = parser.currentTokenLocation();
          return new InputException(
              file
                  + where(at)
                  + ": "
                  + DocumentPath.of(parser.getParsingContext())
                  + ": "
                  + problem,
              null);
        }
      }
    } catch (IOException e) {
      // not found again: said without its place
    }
    return new InputException(file + ": " + problem, null);
  }

  /** {@code file:line:column: malformed JSON ...}, in our words (see {@link #describe}). */
  private static InputException malformed(
      String file, JsonProcessingException syntax, Exception e) {
    return new InputException(file + where(syntax.getLocation()) + ": " + describe(syntax), e);
  }

  private static InputException wrongType(
      JsonMappingException e, String at, InputFiles.Content text, String file) {
    String inner = path(e.getPath());
    String path = at.isEmpty() ? inner : inner.equals("(document)") ? at : at + "." + inner;
    return new InputException(message(path, expected(e), text, file), e);
  }

  /**
   * The error of a value of the wrong type at {@code path}, as a binding gives it, for a shape read
   * by hand ({@link PlanConfiguration}); {@code expected} as {@link #expected} words it.
   */
  static InputException wrongType(
      String path, String expected, InputFiles.Content text, String file) {
    return new InputException(message(path, expected, text, file), null);
  }

  private static String message(
      String path, String expected, InputFiles.Content text, String file) {
    String where =
        JsonPathIndex.locate(text, path).map(p -> ":" + p.line() + ":" + p.column()).orElse("");
    return file + where + ": " + path + ": " + expected + fix(path);
  }

  private static String fix(String path) {
    return " (is this file the output of `terraform show -json`, unedited?)";
  }

  private static String expected(JsonMappingException e) {
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      Class<?> target = m.getTargetType();
      if (List.class.isAssignableFrom(target)) {
        return "expected a list";
      }
      if (target == String.class) {
        return "expected a string";
      }
      if (target == Boolean.class || target == boolean.class) {
        return "expected true or false";
      }
      if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
        return "expected a number";
      }
      if (e.getMessage() != null && e.getMessage().contains("null")) {
        return "expected a value, not null";
      }
      return "expected an object";
    }
    return "has the wrong type";
  }

  /** {@code resource_changes[0].change.after}, the notation of fact paths. */
  static String path(List<JsonMappingException.Reference> references) {
    StringBuilder out = new StringBuilder();
    for (JsonMappingException.Reference ref : references) {
      if (ref.getIndex() >= 0) {
        out.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(Text.safe(ref.getFieldName()));
      }
    }
    return out.length() == 0 ? "(document)" : out.toString();
  }

  private static String where(JsonLocation at) {
    return at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
  }

  /**
   * What is wrong, in words of our own: Jackson's messages quote the token they stopped at, and a
   * token in a credential position is a secret.
   */
  static String describe(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    if (e instanceof StreamConstraintsException) {
      String past = ParseMessages.pastBound(m);
      return past != null ? past : nestingTooDeep();
    }
    return ParseMessages.syntax(m, "JSON");
  }

  private static String nestingTooDeep() {
    return "nesting deeper than " + MAX_NESTING + " levels";
  }

  /** A bound of {@link #FACTORY}'s passed, in {@code e} or what it wraps; null if none. */
  private static StreamConstraintsException pastBound(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException past) {
        return past;
      }
    }
    return null;
  }

  /**
   * Where a document first passes a bound on a key's or a number's length or on nesting, read again
   * with the bounds wider (Jackson's error has no place); the error without its place if the second
   * reading does not meet it (a string past its bound is not looked for: that reading would hold
   * it).
   */
  private static InputException pastBound(
      InputFiles.Content content, String file, StreamConstraintsException e) {
    try (JsonParser parser = parser(PAST_BOUNDS, content)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        String problem = null;
        String path = null;
        if (token == JsonToken.FIELD_NAME && parser.getTextLength() > MAX_NAME_CHARS) {
          problem = ParseMessages.tooLong("key", parser.getTextLength(), MAX_NAME_CHARS);
          path = DocumentPath.ofObjectAt(parser.getParsingContext());
        } else if (token.isNumeric() && parser.getTextLength() > MAX_NUMBER_CHARS) {
          problem = ParseMessages.tooLong("number", parser.getTextLength(), MAX_NUMBER_CHARS);
          path = DocumentPath.of(parser.getParsingContext());
        } else if (token.isStructStart()
            && parser.getParsingContext().getNestingDepth() > MAX_NESTING) {
          problem = nestingTooDeep();
          path = DocumentPath.of(parser.getParsingContext().getParent());
        }
        if (problem != null) {
          return new InputException(
              file + where(parser.currentTokenLocation()) + ": " + path + ": " + problem, e);
        }
      }
    } catch (IOException | RuntimeException again) {
      // not met again: said without its place
    }
    return new InputException(file + ": " + describe(e), e);
  }
}
