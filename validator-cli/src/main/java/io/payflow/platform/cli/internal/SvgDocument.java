package io.payflow.platform.cli.internal;

import java.io.StringWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An SVG document written with StAX: the root element with its size and title, then the body. */
final class SvgDocument {
  static final String NS = "http://www.w3.org/2000/svg";

  interface Body {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }

  private SvgDocument() {}

  static String write(String cssClass, double width, double height, String title, Body body) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
      xml.setDefaultNamespace(NS);
      xml.writeStartElement(NS, "svg");
      xml.writeDefaultNamespace(NS);
      xml.writeAttribute("class", cssClass);
      xml.writeAttribute("role", "img");
      xml.writeAttribute("width", DiagramSvg.number(width));
      xml.writeAttribute("height", DiagramSvg.number(height));
      xml.writeAttribute(
          "viewBox", "0 0 " + DiagramSvg.number(width) + " " + DiagramSvg.number(height));
      xml.writeStartElement("title");
      xml.writeCharacters(title);
      xml.writeEndElement();
      body.write(xml);
      xml.writeEndElement();
      xml.close();
      return out.toString();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write " + title + ": " + e.getMessage(), e);
    }
  }
}
