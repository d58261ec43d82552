package io.payflow.platform.cli;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.Finding;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.policies.Rule;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * One validation run, immutable, that every renderer reads. The exit code is decided here, from the
 * findings, never by a renderer.
 */
public record Outcome(
    List<Source> inputs,
    List<Located> findings,
    List<Located> waived,
    List<ProjectConfig.Waiver> expiredWaivers,
    List<Rule> rules,
    FailOn failOn,
    List<EnvironmentCost> costs,
    List<Estate> estates) {

  /** Copies the lists; findings and waived findings in their deterministic order. */
  public Outcome {
    inputs = List.copyOf(inputs);
    findings = findings.stream().sorted(Located.ORDER).toList();
    waived = waived.stream().sorted(Located.ORDER).toList();
    expiredWaivers = List.copyOf(expiredWaivers);
    rules = List.copyOf(rules);
    costs = List.copyOf(costs);
    estates = List.copyOf(estates);
  }

  /**
   * One estate as evaluated: a topology alone, or the Terraform inputs merged; its name (the input,
   * or the inputs joined) and the facts the rules judged, which the HTML report draws.
   */
  public record Estate(String name, Facts facts) {}

  /**
   * An environment's estimated monthly cost (priced resources), its budget (the project config's,
   * else the input's; null when none) and how many of its resources have no price.
   */
  public record EnvironmentCost(
      String environment, BigDecimal monthlyUsd, BigDecimal budgetUsd, int unpriced) {}

  /** An input as read: its name and kind. */
  public record Source(String name, InputKind kind) {}

  /**
   * A finding with the input it came from, the file it stands in (the input itself, or a stack file
   * inside a cdktf.out/ directory), its position there (0 when unknown) and a waiver reason.
   */
  /**
   * A finding where it is shown: {@code file}, line and column; when that is the topology line the
   * finding's resource was synthesized from, {@code foundIn} is where it was found (the plan or
   * stack), else null.
   */
  public record Located(
      Finding finding,
      String input,
      String file,
      int line,
      int column,
      String waiverReason,
      Place foundIn) {
    Located(Finding finding, String input, String file, int line, int column, String waiverReason) {
      this(finding, input, file, line, column, waiverReason, null);
    }

    /** By input, then the findings' own order. */
    public static final Comparator<Located> ORDER =
        Comparator.comparing(Located::input).thenComparing(Located::finding, Finding.ORDER);
  }

  /** A place in a file. */
  public record Place(String file, int line, int column) {
    /** {@code file:line:column}, or the file alone when the line is not known. */
    /** {@code file:line:column}, or the file alone when the line is not known. */
    public String label() {
      return line > 0 ? file + ":" + line + ":" + column : file;
    }
  }

  /** True when a finding at or above the threshold remains (not waived). */
  public boolean failed() {
    return findings.stream().anyMatch(f -> failOn.fails(f.finding().severity()));
  }

  /** 1 when the run failed, else 0 (see {@link ExitCode}). */
  public int exitCode() {
    return failed() ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
  }
}
