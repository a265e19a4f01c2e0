package org.procrisk.scoring.bom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cyclonedx.Version;
import org.cyclonedx.exception.ParseException;
import org.cyclonedx.model.Bom;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.procrisk.common.problem.Problem;

/**
 * A CycloneDX document, JSON or XML, of spec version 1.2 to 1.6, validated against the schema of its own
 * version (cyclonedx-core-java ships them all) and parsed. The version comes from {@code specVersion} in
 * JSON and from the root element's namespace in XML; XML with a DOCTYPE is refused before anything is
 * expanded.
 */
public final class CycloneDxDocument {

    public static final String NAMESPACE_PREFIX = "http://cyclonedx.org/schema/bom/";
    static final Set<Version> SUPPORTED = EnumSet.range(Version.VERSION_12, Version.VERSION_16);
    static final String RANGE = "1.2 to 1.6";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final XMLInputFactory XML = XmlInputs.secureFactory();

    private CycloneDxDocument() {
    }

    /** Parses and validates a JSON document against its own spec version's schema. */
    public static Bom json(byte[] document) throws IOException {
        JsonNode tree;
        try {
            tree = JSON.readTree(document);
        } catch (JsonProcessingException e) {
            throw BomProblems.malformed("document", "not valid JSON: " + e.getOriginalMessage());
        }
        if (tree == null || !tree.isObject() || !"CycloneDX".equals(tree.path("bomFormat").asText(null))) {
            throw BomProblems.malformed("bomFormat", "must be \"CycloneDX\"");
        }
        JsonNode spec = tree.get("specVersion");
        Version version = supported(spec == null || !spec.isTextual() ? null : spec.asText(), "specVersion");
        JsonParser parser = new JsonParser();
        check(parser.validate(tree, version), version);
        try {
            return parser.parse(document);
        } catch (ParseException e) {
            throw BomProblems.malformed("document", "not a CycloneDX document: " + e.getMessage());
        }
    }

    /** Parses and validates an XML document against the schema of its root element's namespace. */
    public static Bom xml(byte[] document) throws IOException {
        String namespace = rootNamespace(document);
        if (namespace == null || !namespace.startsWith(NAMESPACE_PREFIX)) {
            throw BomProblems.malformed("bom", "the root element is not in a CycloneDX namespace (" + NAMESPACE_PREFIX
                    + "<version>)");
        }
        Version version = supported(namespace.substring(NAMESPACE_PREFIX.length()), "bom (xmlns)");
        XmlParser parser = new XmlParser();
        check(parser.validate(document, version), version);
        try {
            return parser.parse(document);
        } catch (ParseException e) {
            throw BomProblems.malformed("document", "not a CycloneDX document: " + e.getMessage());
        }
    }

    /** True when the XML document's root element is in a CycloneDX namespace (any version). */
    public static boolean isCycloneDxXml(byte[] document) throws IOException {
        String namespace = rootNamespace(document);
        return namespace != null && namespace.startsWith(NAMESPACE_PREFIX);
    }

    private static Version supported(String declared, String field) {
        Version version = declared == null ? null : versionOf(declared);
        if (version == null || !SUPPORTED.contains(version)) {
            throw BomProblems.malformed(field, declared == null ? "is required; CycloneDX " + RANGE + " is read"
                    : "CycloneDX " + BomValues.shorten(declared) + " is not supported; " + RANGE + " is read");
        }
        return version;
    }

    private static Version versionOf(String declared) {
        for (Version v : Version.values()) {
            if (v.getVersionString().equals(declared)) {
                return v;
            }
        }
        return null;
    }

    private static void check(List<ParseException> invalid, Version version) {
        if (!invalid.isEmpty()) {
            String schema = "CycloneDX " + version.getVersionString() + " schema";
            throw BomProblems.malformed(invalid.stream().limit(BomAssembler.MAX_ERRORS)
                    .map(e -> new Problem.FieldError(schema, e.getMessage())).toList());
        }
    }

    private static String rootNamespace(byte[] document) throws IOException {
        try {
            XMLStreamReader reader = XML.createXMLStreamReader(new ByteArrayInputStream(document));
            try {
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.DTD) {
                        throw XmlInputs.doctypeRefused();
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        return reader.getNamespaceURI();
                    }
                }
                return null;
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            throw XmlInputs.notWellFormed(e);
        }
    }
}
