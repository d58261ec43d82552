package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

/**
 * One evaluation's input: JSON text, or the tokens a writer gave Jackson's {@link TokenBuffer}. The
 * bundled policy's host reads the tokens straight into the Wasm's values ({@link OpaValueImage}):
 * the facts are neither encoded as text nor parsed from it. Text is made from them only for what
 * only OPA's parser takes.
 */
public final class PolicyInput {
  private final TokenBuffer tokens;
  private byte[] json;

  private PolicyInput(TokenBuffer tokens, byte[] json) {
    this.tokens = tokens;
    this.json = json;
  }

  public static PolicyInput ofJson(byte[] json) {
    return new PolicyInput(null, json);
  }

  static PolicyInput ofTokens(TokenBuffer tokens) {
    return new PolicyInput(tokens, null);
  }

  /**
   * True if only OPA's parser reads the input's text as OPA would: text with a NUL (Jackson skips
   * one before a value, OPA refuses it), text that is not UTF-8 (Jackson can take a malformed name
   * for one it has seen: {@code "\\xffk19"} read as {@code "k19"} once a document had {@code
   * "k19"}), or that escapes a UTF-16 surrogate ({@code \\uD800} to {@code \\uDBFF}: OPA's parser
   * decodes an escaped pair to another character than JSON means, U+23600 written as {@code
   * \\ud84d\\ude00} becomes U+13600). Tokens have no text, and the facts' text writes every
   * character as UTF-8, unescaped.
   */
  boolean onlyOpaReads() {
    if (tokens != null) {
      return false;
    }
    boolean ascii = true;
    for (int i = 0; i < json.length; i++) {
      byte b = json[i];
      if (b < 0) {
        ascii = false;
      } else if (b == 0) {
        return true;
      } else if (b == '\\'
          && i + 3 < json.length
          && json[i + 1] == 'u'
          && (json[i + 2] | 0x20) == 'd') {
        int c = json[i + 3] | 0x20;
        if (c == '8' || c == '9' || c == 'a' || c == 'b') {
          return true;
        }
      }
    }
    if (!ascii) {
      try {
        StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(json));
      } catch (CharacterCodingException e) {
        return true;
      }
    }
    return false;
  }

  /** A fresh parser over the input, from its first token. */
  JsonParser parser() throws IOException {
    return tokens != null ? tokens.asParser() : StrictJson.parser(json, 0, json.length);
  }

  /**
   * Bytes to set aside for the input's {@link OpaValueImage}: it takes 1.7-1.8 times its JSON text
   * (a large plan's parts); tokens alone do not tell, and a part of a large plan takes megabytes.
   */
  int imageSizeHint() {
    return json != null ? Math.max(256, 2 * json.length) : 1 << 20;
  }

  /** The input as JSON text, compact (made once from the tokens if it was given as tokens). */
  synchronized byte[] json() {
    if (json == null) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
      try (JsonGenerator generator = FactsJson.JSON.getFactory().createGenerator(out);
          JsonParser in = tokens.asParser()) {
        in.nextToken();
        generator.copyCurrentStructure(in);
      } catch (IOException e) {
        throw new IllegalStateException("the input's tokens cannot be written as JSON", e);
      }
      json = out.toByteArray();
    }
    return json;
  }
}
