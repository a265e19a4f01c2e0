package org.procrisk.scoring.policy;

import java.util.Map;
import java.util.Set;

/**
 * A design-release gate. Shares are decimals in [0,1]; a limit is broken when a share is strictly
 * above it. {@code maxRefiningShareByMaterial} overrides {@code maxRefiningShare} per material code.
 * Ignored materials are taken out of the BOM before scoring.
 */
public record BomPolicy(
        double maxRefiningShare,
        Map<String, Double> maxRefiningShareByMaterial,
        Set<String> bannedOriginCountries,
        RuleAction exportControls,
        double minCoverage,
        Set<String> ignoreMaterials,
        RuleAction unknownMaterials,
        RuleAction buyerRestrictions) {

    public BomPolicy {
        maxRefiningShareByMaterial = Map.copyOf(maxRefiningShareByMaterial);
        bannedOriginCountries = Set.copyOf(bannedOriginCountries);
        ignoreMaterials = Set.copyOf(ignoreMaterials);
    }

    public double maxRefiningShareOf(String material) {
        return maxRefiningShareByMaterial.getOrDefault(material, maxRefiningShare);
    }
}
