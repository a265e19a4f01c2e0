package org.procrisk.scoring.bom;

import java.util.List;

/** What a CycloneDX check saw of the document's components, beside its lines. */
public record ComponentReport(List<BomComponent> components, int assemblies) {

    public ComponentReport {
        components = List.copyOf(components);
    }
}
