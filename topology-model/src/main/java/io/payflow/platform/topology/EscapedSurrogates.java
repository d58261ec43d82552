package io.payflow.platform.topology;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/**
 * Strings that escape half of a UTF-16 surrogate pair without the other half. JSON's and YAML's
 * grammars take the escape, but the string is not text: OPA's parser refuses it, so such a string
 * reaching the rules ended a run as an evaluation error with no location. No tool writes one
 * (Terraform and CDKTF write any character as UTF-8), so it is bad input, found while reading.
 *
 * <p>A cheap look at the text says whether a file may hold one ({@link #mayHold}); only then are
 * its strings read to find it ({@link #first}).
 */
public final class EscapedSurrogates {
  /** Where the first such string stands; {@code key} when it is an object's key at {@code path}. */
  public record Lone(int line, int column, String path, boolean key) {
    /** The whole error: {@code file:line:column: path: problem}. */
    public String message(String file) {
      return file + ":" + line + ":" + column + ": " + path + ": " + problem();
    }

    /** The error's words after the path, with the fix. */
    public String problem() {
      return (key ? "a key" : "a string")
          + " escapes half of a UTF-16 surrogate pair (\\ud800-\\udfff) without the other half,"
          + " which is not text (write the character itself, or both halves of its pair)";
    }
  }

  private EscapedSurrogates() {}

  /**
   * Whether the text holds a backslash before {@code u} and D8-DF (or before YAML's {@code U}):
   * maybe such an escape, maybe an escaped backslash before such text; {@link #first} tells. A
   * file's bytes are looked at as they are checked for ASCII ({@link
   * InputFiles.Content#mayEscapeSurrogates}).
   */
  public static boolean mayHold(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\\' && escapeAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean escapeAt(CharSequence s, int i) {
    if (i + 1 < s.length() && s.charAt(i + 1) == 'U') {
      return true;
    }
    return i + 3 < s.length()
        && s.charAt(i + 1) == 'u'
        && surrogateDigits(s.charAt(i + 2), s.charAt(i + 3));
  }

  /** D8 to DF, either case: the first two hex digits of a surrogate. */
  static boolean surrogateDigits(int first, int second) {
    int lower = second | 0x20;
    return (first | 0x20) == 'd'
        && (second >= '8' && second <= '9' || lower >= 'a' && lower <= 'f');
  }

  /**
   * The first such string in {@code text}, read by {@code factory}'s parser only when {@link
   * #mayHold} says it may hold one; empty if none, or if the text does not parse (its reading then
   * says why).
   */
  public static Optional<Lone> in(String text, JsonFactory factory) {
    if (!mayHold(text)) {
      return Optional.empty();
    }
    try (JsonParser parser = factory.createParser(text)) {
      return first(parser);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The first string or key the parser reads that holds half a surrogate pair alone, with where it
   * starts and its path ({@code resource_changes[0].address}); empty if none. A syntax error ends
   * the search (the document's own reading reports it).
   */
  public static Optional<Lone> first(JsonParser parser) {
    try {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.FIELD_NAME && token != JsonToken.VALUE_STRING) {
          continue;
        }
        boolean key = token == JsonToken.FIELD_NAME;
        if (lone(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength())) {
          var at = parser.currentTokenLocation();
          return Optional.of(
              new Lone(
                  at.getLineNr(),
                  at.getColumnNr(),
                  key
                      ? DocumentPath.ofObjectAt(parser.getParsingContext())
                      : DocumentPath.of(parser.getParsingContext()),
                  key));
        }
      }
    } catch (IOException | RuntimeException e) {
      // Malformed: the document's reading says where.
    }
    return Optional.empty();
  }

  /** Whether a high surrogate stands without a low one after it, or a low one without a high. */
  static boolean lone(char[] chars, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      char c = chars[i];
      if (Character.isHighSurrogate(c)) {
        if (i + 1 == end || !Character.isLowSurrogate(chars[i + 1])) {
          return true;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
