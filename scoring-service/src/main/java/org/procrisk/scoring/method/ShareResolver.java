package org.procrisk.scoring.method;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * Which distribution describes a material at a stage for one line (method v1, "Shares"): the supplier's
 * declaration wins, then the material's own global rows, then the REE aggregate's. Shared by the export
 * exposure and the buyer-side restriction checks, which must read the same shares.
 */
final class ShareResolver {

    private ShareResolver() {
    }

    record Resolved(Distribution distribution, StageExposure.Origin origin, String declarationId, boolean afterAsOf) {
    }

    /** Declaration (part-specific first), else global rows of the material, else of REE, else the earliest. */
    static Resolved resolve(Order.Line line, Supplier supplier, String material, Stage stage, LocalDate asOf,
                            Dataset data) {
        if (supplier != null) {
            Declaration declared = declaration(data.declarationsOf(supplier.externalId()), line.partNumber(),
                    material, stage, asOf);
            if (declared != null) {
                return new Resolved(new Distribution(declared.shares(), declared.validFrom().getYear(),
                        List.of()), StageExposure.Origin.DECLARATION, declared.id(), false);
            }
        }
        int year = asOf.getYear();
        NavigableMap<Integer, Distribution> own = data.shares(material, stage);
        Map.Entry<Integer, Distribution> hit = own.floorEntry(year);
        if (hit != null) {
            return new Resolved(hit.getValue(), StageExposure.Origin.MATERIAL, null, false);
        }
        boolean rareEarth = data.isRareEarth(material);
        NavigableMap<Integer, Distribution> aggregate = rareEarth && !"REE".equals(material)
                ? data.shares("REE", stage) : Collections.emptyNavigableMap();
        hit = aggregate.floorEntry(year);
        if (hit != null) {
            return new Resolved(hit.getValue(), StageExposure.Origin.REE, null, false);
        }
        if (!own.isEmpty()) {
            return new Resolved(own.firstEntry().getValue(), StageExposure.Origin.MATERIAL, null, true);
        }
        if (!aggregate.isEmpty()) {
            return new Resolved(aggregate.firstEntry().getValue(), StageExposure.Origin.REE, null, true);
        }
        return null;
    }

    private static Declaration declaration(List<Declaration> declarations, String partNumber, String material,
                                           Stage stage, LocalDate asOf) {
        Declaration forPart = null;
        Declaration general = null;
        for (Declaration d : declarations) {
            if (!d.material().equals(material) || d.stage() != stage || !d.validOn(asOf)) {
                continue;
            }
            if (d.partNumber() == null) {
                general = later(general, d);
            } else if (d.partNumber().equals(partNumber)) {
                forPart = later(forPart, d);
            }
        }
        return forPart != null ? forPart : general;
    }

    private static Declaration later(Declaration current, Declaration candidate) {
        if (current == null) {
            return candidate;
        }
        int byStart = candidate.validFrom().compareTo(current.validFrom());
        return byStart > 0 || (byStart == 0 && candidate.id().compareTo(current.id()) > 0) ? candidate : current;
    }

}
