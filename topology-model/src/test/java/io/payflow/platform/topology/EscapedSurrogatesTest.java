package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EscapedSurrogatesTest {
  private static final char BACKSLASH = '\\';

  /**
   * {@code text} with every {@code ~} a backslash (Java reads a backslash-u in source itself) and
   * every {@code ^} a line break.
   */
  private static String text(String text) {
    return text.replace('~', BACKSLASH).replace('^', '\n');
  }

  /**
   * The look at a file's bytes, in the pass that checks them for ASCII: each escape at every offset
   * around the eight-byte words, and the same answer for the text. It may say yes for an escaped
   * backslash before such text (the parser then tells), never no for an escape it should see.
   */
  @ParameterizedTest
  @CsvSource({
    "~ud800, true",
    "~uDBFF, true",
    "~udc00, true",
    "~UDfFf, true",
    "~U0001F600, true",
    "~~ud800, true",
    "~ud7ff, false",
    "~ue000, false",
    "~u0041, false",
    "~n~t~\", false",
    "ud800, false",
    "~ud8, true",
    "~ud, false",
    "~u, false",
  })
  void mayHoldSeesTheEscapeAtEveryOffset(String escape, boolean expected) {
    String written = text(escape);
    for (int before = 0; before <= 17; before++) {
      for (int after = 0; after <= 9; after++) {
        String whole = "a".repeat(before) + written + "x".repeat(after);
        byte[] bytes = whole.getBytes(StandardCharsets.US_ASCII);
        assertThat(AsciiScan.of(bytes))
            .as("%s at %d", whole, before)
            .isEqualTo(expected ? AsciiScan.ASCII_MAY_ESCAPE_SURROGATES : AsciiScan.ASCII);
        assertThat(EscapedSurrogates.mayHold(whole)).as("%s as text", whole).isEqualTo(expected);
      }
    }
    assertThat(AsciiScan.of(new byte[0])).isEqualTo(AsciiScan.ASCII);
  }

  /** Bytes outside ASCII are found wherever they stand, escapes before them or not. */
  @Test
  void aByteOutsideAsciiIsFoundAfterAnEscape() {
    for (int at = 0; at < 24; at++) {
      byte[] bytes = (text("~ud800") + "a".repeat(24)).getBytes(StandardCharsets.US_ASCII);
      bytes[Math.min(bytes.length - 1, 6 + at)] = (byte) 0xC3;
      assertThat(AsciiScan.of(bytes)).as("at %d", at).isEqualTo(AsciiScan.NOT_ASCII);
      bytes[Math.min(bytes.length - 1, 6 + at)] = 0;
      assertThat(AsciiScan.of(bytes)).as("NUL at %d", at).isEqualTo(AsciiScan.NOT_ASCII);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": \"x~ud800\"} | 1:7 a false",
        "{\"a\": [\"ok\", {\"b\": \"~udc00y\"}]} | 1:20 a[1].b false",
        "{\"a\": {\"k~udbffz\": 1}} | 1:8 a true",
        "{\"k~udbff\": 1} | 1:2 (document) true",
        "[\"~ud83d~ude00\", \"~ude00~ud83d\"] | 1:18 [1] false",
        "{\"a\":^  \"~ud800~ud800\"} | 2:3 a false",
      })
  void firstNamesTheLoneHalfWhereItStands(String json, String expected) throws Exception {
    try (var parser = new JsonFactory().createParser(text(json))) {
      Optional<EscapedSurrogates.Lone> lone = EscapedSurrogates.first(parser);
      assertThat(lone)
          .map(at -> at.line() + ":" + at.column() + " " + at.path() + " " + at.key())
          .contains(expected);
    }
  }

  /** Both halves in order, an escaped backslash, or the character as UTF-8: text, not found. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"a\": \"~ud83d~ude00\"}",
        "{\"a\": \"~~ud800\"}",
        "{\"😀\": \"😀\"}",
        "{\"a\": \"x\"",
      })
  void textIsNotFound(String json) throws Exception {
    try (var parser = new JsonFactory().createParser(text(json))) {
      assertThat(EscapedSurrogates.first(parser)).isEmpty();
    }
  }

  /** YAML's double quotes escape the same way, and its {@code \U} with eight digits too. */
  @Test
  void yamlEscapesAreFoundToo() throws Exception {
    String yaml = text("a:\n  b: plain\n  c: \"x~ud800\"\n");
    try (var parser = new YAMLFactory().createParser(yaml)) {
      assertThat(EscapedSurrogates.first(parser))
          .map(at -> at.line() + ":" + at.column() + " " + at.path())
          .contains("3:6 a.c");
    }
    String plain = text("a: x~ud800\n");
    try (var parser = new YAMLFactory().createParser(plain)) {
      assertThat(EscapedSurrogates.first(parser)).as("no escapes outside quotes").isEmpty();
    }
  }

  @Test
  void theProblemSaysWhatAndTheFix() {
    assertThat(new EscapedSurrogates.Lone(1, 2, "a", true).problem())
        .startsWith("a key escapes half of a UTF-16 surrogate pair")
        .endsWith("(write the character itself, or both halves of its pair)");
  }
}
