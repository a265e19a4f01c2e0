package org.procrisk.scoring.mapping;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.procrisk.scoring.bom.AssembledBom;
import org.procrisk.scoring.bom.BomComponent;
import org.procrisk.scoring.bom.ComponentReport;
import org.procrisk.scoring.method.LineExposure;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.api.BomCheckResponse;

/** One status per CycloneDX component, from the line it became and that line's result, with what would help. */
final class BomComponentMapper {

    enum Status { SCORED, NO_MATERIAL_DATA, UNKNOWN_MATERIAL, NOT_PHYSICAL, IGNORED }

    private BomComponentMapper() {
    }

    static List<BomCheckResponse.ComponentResult> components(ComponentReport report, AssembledBom bom, OrderExposure exposure) {
        Map<Integer, LineExposure> lines = new HashMap<>();
        for (int i = 0; i < bom.lines().size(); i++) {
            lines.put(bom.lines().get(i).lineNumber(), exposure.lines().get(i));
        }
        Map<Integer, String> unknown = new HashMap<>();
        bom.unknownMaterials().forEach(u -> unknown.putIfAbsent(u.lineNumber(), u.code()));
        return report.components().stream().map(c -> result(c, lines, unknown)).toList();
    }

    static Map<String, Integer> countByStatus(List<BomCheckResponse.ComponentResult> components) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            int n = (int) components.stream().filter(c -> c.status().equals(s.name())).count();
            if (n > 0) {
                counts.put(s.name(), n);
            }
        }
        return counts;
    }

    private static BomCheckResponse.ComponentResult result(BomComponent c, Map<Integer, LineExposure> lines,
                                                           Map<Integer, String> unknown) {
        Status status;
        if (!c.physical()) {
            status = Status.NOT_PHYSICAL;
        } else if (unknown.containsKey(c.lineNumber())) {
            status = Status.UNKNOWN_MATERIAL;
        } else if (!lines.containsKey(c.lineNumber())) {
            status = Status.IGNORED;
        } else {
            status = lines.get(c.lineNumber()).scored() ? Status.SCORED : Status.NO_MATERIAL_DATA;
        }
        return new BomCheckResponse.ComponentResult(c.bomRef(), c.name(), c.type(), status.name(), c.matchedBy(),
                c.lineNumber(), c.quantity(), c.quantityAssumed() && c.physical() ? Boolean.TRUE : null,
                hint(c, status, unknown.get(c.lineNumber())));
    }

    private static String hint(BomComponent c, Status status, String unknownCode) {
        return switch (status) {
            case SCORED -> null;
            case NOT_PHYSICAL -> "Not a physical part (type " + c.type() + "): left out of weights and coverage";
            case IGNORED -> "All its materials are in the policy's ignoreMaterials";
            case UNKNOWN_MATERIAL -> "Material " + unknownCode + " is not in the dataset; use a code from GET /api/v1/materials";
            case NO_MATERIAL_DATA -> c.matchedBy() != null
                    ? "Registry part " + c.partNumber() + " has no composition; declare its materials in the registry"
                    : "Register part " + (c.partNumber() != null ? c.partNumber() : c.name())
                      + " in the registry (or name a registered part in procrisk:partNumber), "
                      + "or give it procrisk:material, procrisk:form and procrisk:massKgPerUnit properties";
        };
    }
}
