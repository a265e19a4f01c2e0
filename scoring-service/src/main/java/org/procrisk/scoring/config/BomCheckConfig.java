package org.procrisk.scoring.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import org.procrisk.scoring.policy.BomPolicy;
import org.procrisk.scoring.policy.RuleAction;

/** Limits of POST /bom-checks and the policy a check uses where the request sets none. */
@ConfigMapping(prefix = "scoring.bom-check")
public interface BomCheckConfig {

    @WithDefault("100000")
    int maxLines();

    /** Bytes; the gateway allows 25 MB on this route so that this limit answers with a clear problem. */
    @WithDefault("20971520")
    long maxBytes();

    DefaultPolicy policy();

    /** The configured default policy as the checks apply it. */
    default BomPolicy defaultPolicy() {
        DefaultPolicy d = policy();
        return new BomPolicy(d.maxRefiningShare(), d.maxRefiningShareByMaterial(),
                new java.util.TreeSet<>(d.bannedOriginCountries().orElse(List.of())), d.exportControls(), d.minCoverage(),
                new java.util.TreeSet<>(d.ignoreMaterials().orElse(List.of()).stream()
                        .map(m -> m.toUpperCase(java.util.Locale.ROOT)).toList()),
                d.unknownMaterials(), d.buyerRestrictions());
    }

    interface DefaultPolicy {
        @WithDefault("0.8")
        double maxRefiningShare();

        Map<String, Double> maxRefiningShareByMaterial();

        Optional<List<String>> bannedOriginCountries();

        @WithDefault("WARN")
        RuleAction exportControls();

        @WithDefault("0.8")
        double minCoverage();

        Optional<List<String>> ignoreMaterials();

        @WithDefault("WARN")
        RuleAction unknownMaterials();

        @WithDefault("FAIL")
        RuleAction buyerRestrictions();
    }
}
