package org.procrisk.scoring.bom;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

import org.procrisk.common.problem.ProblemException;

/** The XML reading rules every XML format shares: no DTDs, no entities, errors that name line and column. */
public final class XmlInputs {

    private XmlInputs() {
    }

    /** A StAX factory that neither reads DTDs nor resolves entities, so XXE and "billion laughs" cannot happen. */
    public static XMLInputFactory secureFactory() {
        XMLInputFactory f = XMLInputFactory.newInstance();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    public static ProblemException doctypeRefused() {
        return BomProblems.malformed("document", "a DOCTYPE is not allowed (DTDs and entities are refused)");
    }

    public static ProblemException notWellFormed(XMLStreamException e) {
        var at = e.getLocation();
        return BomProblems.malformed(at == null ? "document" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber(),
                "not well-formed XML: " + firstLine(e.getMessage()));
    }

    private static String firstLine(String message) {
        int cut = message.indexOf('\n');
        String line = cut < 0 ? message : message.substring(0, cut);
        return line.replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]", "").strip();
    }
}
