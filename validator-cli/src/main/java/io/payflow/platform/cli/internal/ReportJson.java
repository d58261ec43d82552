package io.payflow.platform.cli.internal;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The mapper of every JSON report (json, sarif, cost): indented, and every non-ASCII character
 * written as a {@code \\uXXXX} escape, so a bidirectional override or a noncharacter from an input
 * name is valid JSON and never reaches a terminal that prints the report raw.
 */
final class ReportJson {
  private ReportJson() {}

  static ObjectMapper mapper() {
    return JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build();
  }
}
