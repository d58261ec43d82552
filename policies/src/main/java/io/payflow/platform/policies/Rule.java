package io.payflow.platform.policies;

import java.util.List;

/** A rule's metadata, read from the METADATA block of its Rego file. */
public record Rule(
    String id,
    String title,
    String description,
    Severity severity,
    String remediation,
    List<String> references,
    String source) {
  public Rule {
    references = List.copyOf(references);
  }
}
