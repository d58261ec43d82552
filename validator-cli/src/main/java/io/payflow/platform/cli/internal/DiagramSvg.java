package io.payflow.platform.cli.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The laid-out estate as SVG, written with StAX (every input string escaped by the writer, control
 * characters dropped first): a box per VPC, zone, subnet and service, an edge per peering, and on
 * every box that a finding concerns a red outline and a badge with the number of findings, whose
 * tooltip lists them. Self-contained: its style travels with it.
 */
final class DiagramSvg {
  static final String STYLE =
      ".node>rect{fill:#fff;stroke:#8a94a6;stroke-width:1}"
          + ".kind-vpc>rect{fill:#eef4ff;stroke:#3b6fd8;stroke-width:2}"
          + ".kind-az>rect{fill:#f7f9fc;stroke:#b8c2d6;stroke-dasharray:4 3}"
          + ".kind-subnet>rect{fill:#ffffff;stroke:#6b7a99}"
          + ".kind-services>rect{fill:#f7f9fc;stroke:#b8c2d6;stroke-dasharray:4 3}"
          + ".kind-title>rect{fill:none;stroke:none}"
          + ".kind-eks>rect{fill:#e8f6ec;stroke:#2f8f4e}"
          + ".kind-bastion>rect{fill:#fff6e5;stroke:#c98a12}"
          + ".kind-db>rect,.kind-cache>rect{fill:#f3ecfb;stroke:#7a4fc1}"
          + ".kind-endpoint>rect{fill:#eef9fb;stroke:#2b8ea3}"
          + ".node.finding>rect{stroke:#d1242f;stroke-width:3}"
          + ".badge circle{fill:#d1242f}.badge text{fill:#fff;font-weight:bold}"
          + ".edge polyline{fill:none;stroke:#3b6fd8;stroke-width:2}"
          + ".edge.one-sided polyline{stroke:#d1242f;stroke-dasharray:6 4}"
          + ".edge rect{fill:#fff;stroke:#3b6fd8}.edge.finding rect{stroke:#d1242f;stroke-width:2}"
          + "text{font-family:monospace;font-size:12px;fill:#1f2430}"
          + ".kind-title text.first,.node text.first{font-weight:bold}";

  private DiagramSvg() {}

  /** {@code findings}: for each address, the findings that concern it (rule and message). */
  static String write(EstateDiagram.Layout layout, Map<String, List<String>> findings) {
    return SvgDocument.write(
        "estate",
        layout.width(),
        layout.height(),
        "The estate: VPCs, zones, subnets, services and peerings",
        xml -> {
          xml.writeStartElement("style");
          xml.writeCharacters(STYLE);
          xml.writeEndElement();
          for (EstateDiagram.Edge edge : layout.edges()) {
            edge(xml, edge, findings);
          }
          for (EstateDiagram.Box box : layout.boxes()) {
            box(xml, box, findings);
          }
        });
  }

  private static void box(
      XMLStreamWriter xml, EstateDiagram.Box box, Map<String, List<String>> findings)
      throws XMLStreamException {
    List<String> concerns =
        box.addresses().stream()
            .flatMap(a -> findings.getOrDefault(a, List.of()).stream())
            .toList();
    xml.writeStartElement("g");
    xml.writeAttribute("id", box.id());
    xml.writeAttribute("class", "node kind-" + box.kind() + (concerns.isEmpty() ? "" : " finding"));
    xml.writeAttribute("data-kind", box.kind());
    xml.writeAttribute("data-address", clean(String.join(" ", box.addresses())));
    xml.writeAttribute("data-findings", String.valueOf(concerns.size()));
    xml.writeEmptyElement("rect");
    xml.writeAttribute("x", number(box.x()));
    xml.writeAttribute("y", number(box.y()));
    xml.writeAttribute("width", number(box.width()));
    xml.writeAttribute("height", number(box.height()));
    xml.writeAttribute("rx", "5");
    if (!box.container()) {
      for (int i = 0; i < box.lines().size(); i++) {
        xml.writeStartElement("text");
        xml.writeAttribute("class", i == 0 ? "first" : "line");
        xml.writeAttribute("x", number(box.x() + 8));
        xml.writeAttribute("y", number(box.y() + 5 + EstateDiagram.LINE * (i + 1) - 3));
        xml.writeCharacters(clean(box.lines().get(i)));
        xml.writeEndElement();
      }
    }
    if (!concerns.isEmpty()) {
      xml.writeStartElement("g");
      xml.writeAttribute("class", "badge");
      xml.writeStartElement("title");
      xml.writeCharacters(clean(String.join("; ", concerns)));
      xml.writeEndElement();
      xml.writeEmptyElement("circle");
      xml.writeAttribute("cx", number(box.x() + box.width()));
      xml.writeAttribute("cy", number(box.y()));
      xml.writeAttribute("r", "9");
      xml.writeStartElement("text");
      xml.writeAttribute("x", number(box.x() + box.width() - 4));
      xml.writeAttribute("y", number(box.y() + 4));
      xml.writeCharacters(String.valueOf(Math.min(concerns.size(), 9)));
      xml.writeEndElement();
      xml.writeEndElement();
    }
    xml.writeEndElement();
  }

  private static void edge(
      XMLStreamWriter xml, EstateDiagram.Edge edge, Map<String, List<String>> findings)
      throws XMLStreamException {
    boolean concerned =
        edge.addresses().stream().anyMatch(a -> !findings.getOrDefault(a, List.of()).isEmpty());
    xml.writeStartElement("g");
    xml.writeAttribute("id", edge.id());
    xml.writeAttribute(
        "class", "edge" + (edge.bothWays() ? "" : " one-sided") + (concerned ? " finding" : ""));
    xml.writeAttribute("data-address", clean(String.join(" ", edge.addresses())));
    StringBuilder points = new StringBuilder();
    for (double[] p : edge.points()) {
      points
          .append(points.length() == 0 ? "" : " ")
          .append(number(p[0]))
          .append(',')
          .append(number(p[1]));
    }
    xml.writeEmptyElement("polyline");
    xml.writeAttribute("points", points.toString());
    xml.writeEmptyElement("rect");
    xml.writeAttribute("x", number(edge.labelX()));
    xml.writeAttribute("y", number(edge.labelY()));
    xml.writeAttribute("width", number(edge.labelWidth()));
    xml.writeAttribute("height", number(edge.labelHeight()));
    xml.writeAttribute("rx", "3");
    xml.writeStartElement("text");
    xml.writeAttribute("x", number(edge.labelX() + 4));
    xml.writeAttribute("y", number(edge.labelY() + EstateDiagram.LINE - 1));
    xml.writeCharacters(clean(edge.label()));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  /** Control characters from input never reach the document (XML 1.0 cannot even hold them). */
  static String clean(String text) {
    return text == null ? "" : Printable.line(text);
  }

  static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
