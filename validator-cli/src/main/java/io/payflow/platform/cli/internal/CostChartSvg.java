package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Outcome;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Each environment's monthly cost as a bar against its budget (a line); over budget is red. */
final class CostChartSvg {
  private static final double WIDTH = 900;
  private static final double LABEL = 160;
  private static final double ROW = 34;

  private CostChartSvg() {}

  static String write(List<Outcome.EnvironmentCost> costs) {
    if (costs.isEmpty()) {
      return "";
    }
    double max =
        costs.stream()
            .mapToDouble(
                c ->
                    Math.max(
                        c.monthlyUsd().doubleValue(),
                        c.budgetUsd() == null ? 0 : c.budgetUsd().doubleValue()))
            .max()
            .orElse(1);
    double scale = (WIDTH - LABEL - 150) / Math.max(1, max);
    double height = costs.size() * ROW + 10;
    return SvgDocument.write(
        "cost-chart",
        WIDTH,
        height,
        "Monthly cost per environment against its budget",
        xml -> {
          for (int i = 0; i < costs.size(); i++) {
            Outcome.EnvironmentCost c = costs.get(i);
            double y = 5 + i * ROW;
            boolean over = c.budgetUsd() != null && c.monthlyUsd().compareTo(c.budgetUsd()) > 0;
            text(xml, 4, y + 20, c.environment());
            xml.writeStartElement("rect");
            xml.writeAttribute("class", "cost" + (over ? " over-budget" : ""));
            xml.writeAttribute("x", DiagramSvg.number(LABEL));
            xml.writeAttribute("y", DiagramSvg.number(y + 4));
            xml.writeAttribute(
                "width", DiagramSvg.number(Math.max(1, c.monthlyUsd().doubleValue() * scale)));
            xml.writeAttribute("height", DiagramSvg.number(ROW - 12));
            xml.writeAttribute("fill", over ? "#d1242f" : "#3b6fd8");
            xml.writeStartElement("title");
            xml.writeCharacters(
                DiagramSvg.clean(c.environment() + ": " + usd(c.monthlyUsd()) + " USD"));
            xml.writeEndElement();
            xml.writeEndElement();
            double end = LABEL + c.monthlyUsd().doubleValue() * scale;
            if (c.budgetUsd() != null) {
              double x = LABEL + c.budgetUsd().doubleValue() * scale;
              xml.writeEmptyElement("line");
              xml.writeAttribute("class", "budget");
              xml.writeAttribute("x1", DiagramSvg.number(x));
              xml.writeAttribute("x2", DiagramSvg.number(x));
              xml.writeAttribute("y1", DiagramSvg.number(y));
              xml.writeAttribute("y2", DiagramSvg.number(y + ROW - 4));
              xml.writeAttribute("stroke", "#1f2430");
              xml.writeAttribute("stroke-width", "2");
              end = Math.max(end, x);
            }
            text(
                xml,
                end + 8,
                y + 20,
                usd(c.monthlyUsd())
                    + (c.budgetUsd() == null ? "" : " / " + usd(c.budgetUsd()))
                    + " USD");
          }
        });
  }

  private static void text(XMLStreamWriter xml, double x, double y, String text)
      throws XMLStreamException {
    xml.writeStartElement("text");
    xml.writeAttribute("x", DiagramSvg.number(x));
    xml.writeAttribute("y", DiagramSvg.number(y));
    xml.writeAttribute("font-family", "monospace");
    xml.writeAttribute("font-size", "12");
    xml.writeCharacters(DiagramSvg.clean(text));
    xml.writeEndElement();
  }

  static String usd(BigDecimal amount) {
    return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
