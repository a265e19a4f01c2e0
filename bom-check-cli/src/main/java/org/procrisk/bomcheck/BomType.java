package org.procrisk.bomcheck;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The BOM formats the service reads, and how a file's format is told from its name and content. */
public enum BomType {
    CSV("text/csv"),
    CYCLONEDX("application/vnd.cyclonedx+json"),
    CYCLONEDX_XML("application/vnd.cyclonedx+xml"),
    IPC("application/xml"),
    JSON("application/json");

    private final String contentType;

    BomType(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public static BomType detect(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".cdx.xml") || name.endsWith(".bom.xml")) {
            return CYCLONEDX_XML;
        }
        if (name.endsWith(".xml")) {
            return head(file).contains("http://cyclonedx.org/schema/bom/") ? CYCLONEDX_XML : IPC;
        }
        if (name.endsWith(".cdx.json") || name.endsWith(".bom.json")) {
            return CYCLONEDX;
        }
        if (name.endsWith(".json")) {
            return head(file).contains("\"bomFormat\"") ? CYCLONEDX : JSON;
        }
        throw new CheckException("cannot tell the format of " + file.getFileName()
                + " from its name; use --type csv|cyclonedx|cyclonedx-xml|ipc|json");
    }

    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CheckException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
