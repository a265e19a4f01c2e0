package org.procrisk.scoring.method;

/**
 * The distribution used for one stage of one material, where it came from, and what it gives.
 *
 * @param origin DECLARATION, MATERIAL (the material's own global rows) or REE (the aggregate's rows)
 * @param probability P_{m,g}
 * @param hhi Herfindahl–Hirschman index over named countries (0..10000)
 */
public record StageExposure(
        Stage stage,
        Distribution distribution,
        Origin origin,
        String declarationId,
        boolean afterAsOf,
        double probability,
        double hhi) {

    public enum Origin {
        DECLARATION, MATERIAL, REE
    }
}
