package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.Renderer;
import io.payflow.platform.policies.Rule;
import io.payflow.platform.topology.ParseMessages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test reports, written with StAX so every input string is escaped by the XML
 * writer, and characters XML 1.0 cannot hold (control characters, U+FFFE, lone surrogates) are
 * shown as {@code \\uXXXX}. Test name is the rule id and class name the address, so a finding's
 * history survives message edits; a rule with no finding in an input is a passing test.
 */
public final class JunitRenderer implements Renderer {
  @Override
  public void render(Outcome outcome, PrintWriter out) {
    StringWriter buffer = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(buffer);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      xml.writeAttribute("name", "payflow");
      xml.writeAttribute("tests", String.valueOf(total(outcome)));
      xml.writeAttribute("failures", String.valueOf(outcome.findings().size()));
      for (Outcome.Source source : outcome.inputs()) {
        suite(xml, outcome, source);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("JUnit XML could not be written", e);
    }
    out.println(buffer);
    out.flush();
  }

  private static int total(Outcome outcome) {
    return outcome.inputs().stream()
        .mapToInt(
            s ->
                findings(outcome, s).size()
                    + waived(outcome, s).size()
                    + passing(outcome, s).size())
        .sum();
  }

  private static List<Outcome.Located> findings(Outcome outcome, Outcome.Source source) {
    return outcome.findings().stream().filter(f -> f.input().equals(source.name())).toList();
  }

  private static List<Outcome.Located> waived(Outcome outcome, Outcome.Source source) {
    return outcome.waived().stream().filter(f -> f.input().equals(source.name())).toList();
  }

  private static List<Rule> passing(Outcome outcome, Outcome.Source source) {
    List<Outcome.Located> findings = findings(outcome, source);
    List<Outcome.Located> waived = waived(outcome, source);
    return outcome.rules().stream()
        .filter(r -> findings.stream().noneMatch(f -> f.finding().ruleId().equals(r.id())))
        .filter(r -> waived.stream().noneMatch(f -> f.finding().ruleId().equals(r.id())))
        .toList();
  }

  private static void suite(XMLStreamWriter xml, Outcome outcome, Outcome.Source source)
      throws XMLStreamException {
    List<Outcome.Located> findings = findings(outcome, source);
    List<Outcome.Located> waived = waived(outcome, source);
    List<Rule> passing = passing(outcome, source);
    xml.writeCharacters("\n  ");
    xml.writeStartElement("testsuite");
    xml.writeAttribute("name", clean(source.name()));
    xml.writeAttribute("tests", String.valueOf(findings.size() + waived.size() + passing.size()));
    xml.writeAttribute("failures", String.valueOf(findings.size()));
    xml.writeAttribute("errors", "0");
    xml.writeAttribute("skipped", String.valueOf(waived.size()));
    for (Outcome.Located l : findings) {
      var f = l.finding();
      testcase(xml, f.ruleId(), f.address());
      xml.writeCharacters("\n      ");
      xml.writeStartElement("failure");
      xml.writeAttribute("type", f.severity().label());
      xml.writeAttribute("message", clean(f.message()));
      xml.writeCharacters(
          clean(f.title())
              + "\n"
              + clean(f.message())
              + "\nfix: "
              + clean(f.remediation())
              + (l.line() > 0 ? "\nat " + clean(l.file()) + ":" + l.line() : ""));
      xml.writeEndElement();
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
    }
    for (Outcome.Located l : waived) {
      testcase(xml, l.finding().ruleId(), l.finding().address());
      xml.writeCharacters("\n      ");
      xml.writeEmptyElement("skipped");
      xml.writeAttribute("message", "waived: " + clean(l.waiverReason()));
      xml.writeCharacters("\n    ");
      xml.writeEndElement();
    }
    for (Rule rule : passing) {
      xml.writeCharacters("\n    ");
      xml.writeEmptyElement("testcase");
      xml.writeAttribute("name", clean(rule.id()));
      xml.writeAttribute("classname", clean(source.name()));
    }
    xml.writeCharacters("\n  ");
    xml.writeEndElement();
  }

  private static void testcase(XMLStreamWriter xml, String name, String classname)
      throws XMLStreamException {
    xml.writeCharacters("\n    ");
    xml.writeStartElement("testcase");
    xml.writeAttribute("name", clean(name));
    xml.writeAttribute("classname", clean(classname));
  }

  /**
   * An input string as XML 1.0 can hold it and a log cannot misread it: tab kept, newlines and
   * every other unsafe character escaped (the report's own line breaks are written apart).
   */
  static String clean(String text) {
    return ParseMessages.escape(text, c -> c == '\t');
  }
}
