package org.procrisk.scoring.bom;

import java.util.List;

import org.procrisk.scoring.policy.UnknownMaterial;

/**
 * A BOM ready to score: its lines in input order, the materials it named that the dataset does not
 * know, and whether it is priced (then lines weigh by value, otherwise equally).
 */
public record AssembledBom(List<BomLine> lines, List<UnknownMaterial> unknownMaterials, boolean priced,
                           int ignoredMaterials) {

    public AssembledBom {
        lines = List.copyOf(lines);
        unknownMaterials = List.copyOf(unknownMaterials);
    }
}
