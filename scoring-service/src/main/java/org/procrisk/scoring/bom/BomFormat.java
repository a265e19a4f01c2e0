package org.procrisk.scoring.bom;

import java.util.Locale;

/** The input formats of POST /bom-checks, chosen by Content-Type. */
public enum BomFormat {
    CSV("text/csv"),
    CYCLONEDX_JSON("application/vnd.cyclonedx+json"),
    CYCLONEDX_XML("application/vnd.cyclonedx+xml"),
    /** application/xml or text/xml: IPC-1752A, or CycloneDX when the root element is in its namespace. */
    IPC_1752A_XML("application/xml"),
    JSON("application/json");

    public static final String CYCLONEDX = "application/vnd.cyclonedx+json";
    public static final String CYCLONEDX_XML_TYPE = "application/vnd.cyclonedx+xml";

    private final String mediaType;

    BomFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format for a Content-Type (parameters ignored but charset, which must be UTF-8 for CSV); null if none. */
    public static BomFormat of(String contentType) {
        if (contentType == null) {
            return null;
        }
        String[] parts = contentType.toLowerCase(Locale.ROOT).split(";");
        String type = parts[0].strip();
        BomFormat format = switch (type) {
            case "text/csv" -> CSV;
            case CYCLONEDX -> CYCLONEDX_JSON;
            case CYCLONEDX_XML_TYPE -> CYCLONEDX_XML;
            case "application/xml", "text/xml" -> IPC_1752A_XML;
            case "application/json" -> JSON;
            default -> null;
        };
        for (int i = 1; i < parts.length && format == CSV; i++) {
            String p = parts[i].strip();
            if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
                throw new org.procrisk.common.problem.ProblemException(415, "CSV must be UTF-8 (with or without BOM), not "
                        + p.substring(8));
            }
        }
        return format;
    }
}
