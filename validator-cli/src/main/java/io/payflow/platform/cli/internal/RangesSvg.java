package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.topology.Cidr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The VPC ranges on one address axis, a row each, so that an overlap is seen as overlapping bars:
 * bars that share addresses with another are drawn red, and the shared span is shaded.
 */
final class RangesSvg {
  private static final double WIDTH = 900;
  private static final double ROW = 26;
  private static final double LABEL = 300;

  private RangesSvg() {}

  private record Range(String label, String address, long first, long last) {}

  private static long number(String dotted) {
    long value = 0;
    for (String octet : dotted.split("\\.")) {
      value = value * 256 + Long.parseLong(octet);
    }
    return value;
  }

  static String write(Facts facts, Map<String, List<String>> findings) {
    List<Range> ranges = new ArrayList<>();
    for (Facts.Network n : facts.networks()) {
      if (n.cidr() == null) {
        continue;
      }
      Cidr cidr = Cidr.parse(n.cidr());
      long first = number(cidr.networkAddress());
      long last = first + cidr.addressCount() - 1;
      ranges.add(new Range(n.environment() + " " + n.cidr(), n.address(), first, last));
    }
    if (ranges.isEmpty()) {
      return "";
    }
    long min = ranges.stream().mapToLong(Range::first).min().orElse(0);
    long max = ranges.stream().mapToLong(Range::last).max().orElse(0) + 1;
    double scale = (WIDTH - LABEL - 20) / Math.max(1, max - min);
    double height = ranges.size() * ROW + 10;
    long low = min;
    return SvgDocument.write(
        "ranges",
        WIDTH,
        height,
        "VPC address ranges on one axis",
        xml -> {
          for (int i = 0; i < ranges.size(); i++) {
            Range r = ranges.get(i);
            boolean overlaps = false;
            for (Range o : ranges) {
              if (o != r && o.first() <= r.last() && r.first() <= o.last()) {
                overlaps = true;
                double from = LABEL + (Math.max(o.first(), r.first()) - low) * scale;
                double to = LABEL + (Math.min(o.last(), r.last()) + 1 - low) * scale;
                xml.writeEmptyElement("rect");
                xml.writeAttribute("class", "overlap");
                xml.writeAttribute("x", DiagramSvg.number(from));
                xml.writeAttribute("y", DiagramSvg.number(5));
                xml.writeAttribute("width", DiagramSvg.number(Math.max(2, to - from)));
                xml.writeAttribute("height", DiagramSvg.number(height - 10));
                xml.writeAttribute("fill", "#d1242f");
                xml.writeAttribute("fill-opacity", "0.08");
              }
            }
            double y = 5 + i * ROW;
            xml.writeStartElement("text");
            xml.writeAttribute("x", "4");
            xml.writeAttribute("y", DiagramSvg.number(y + 16));
            xml.writeCharacters(DiagramSvg.clean(r.label()));
            xml.writeEndElement();
            xml.writeStartElement("rect");
            xml.writeAttribute("class", "range" + (overlaps ? " overlapping" : ""));
            xml.writeAttribute("data-address", DiagramSvg.clean(r.address()));
            xml.writeAttribute("x", DiagramSvg.number(LABEL + (r.first() - low) * scale));
            xml.writeAttribute("y", DiagramSvg.number(y + 3));
            xml.writeAttribute(
                "width", DiagramSvg.number(Math.max(3, (r.last() + 1 - r.first()) * scale)));
            xml.writeAttribute("height", DiagramSvg.number(ROW - 8));
            xml.writeAttribute("fill", overlaps ? "#d1242f" : "#3b6fd8");
            xml.writeAttribute("fill-opacity", "0.7");
            xml.writeStartElement("title");
            xml.writeCharacters(
                DiagramSvg.clean(
                    r.label()
                        + (overlaps ? ": overlaps another VPC" : "")
                        + (findings.containsKey(r.address())
                            ? "; " + String.join("; ", findings.get(r.address()))
                            : "")));
            xml.writeEndElement();
            xml.writeEndElement();
          }
        });
  }
}
