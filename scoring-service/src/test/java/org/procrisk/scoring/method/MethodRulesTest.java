package org.procrisk.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Rules of method v1 on the reference data, each with the arithmetic worked by hand in the comment.
 * Every test names its as-of date, so results never depend on the calendar.
 */
class MethodRulesTest {

    private static final Dataset DATA = ReferenceDataFixture.builder()
            .supplier(new Supplier("s1", "SUP-JP", "Nippon Refining KK", "JP"))
            .part(new Part("MAG-1", List.of(new Component("ND", Form.MAGNET, 0.2),
                    new Component("DY", Form.MAGNET, 0.01))))
            // general: Dy refined 100% in Japan, from 2025 to the end of 2025 (inclusive)
            .declaration(new Declaration("d-general", "SUP-JP", null, "DY", Stage.REFINING, Map.of("JP", 1.0),
                    LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), null))
            // for MAG-1 only: half China, half Japan
            .declaration(new Declaration("d-part", "SUP-JP", "MAG-1", "DY", Stage.REFINING, Map.of("JP", 0.5, "CN", 0.5),
                    LocalDate.parse("2025-01-01"), null, null))
            .build();

    private final ExposureMethod method = new ExposureMethod(Parameters.defaults());

    private LineExposure line(String buyer, String asOf, EndUse endUse, String supplier, String part, Component... composition) {
        Order.Line l = new Order.Line(10, part, part == null ? List.of(composition) : null, supplier,
                BigDecimal.valueOf(100), BigDecimal.TEN);
        return method.score(new Order("T", buyer, "EUR", LocalDate.parse(asOf), endUse, Set.of(), List.of(l)), DATA)
                .lines().get(0);
    }

    private static Component ga() {
        return new Component("GA", Form.COMPOUND, 0.0004);
    }

    @Test
    void suspensionWindowIsHalfOpen() {
        // GA refining CN 0.984. Licence (No. 23, 0.5) always; clause-2 ban (1.0) suspended [2025-11-09, 2026-11-27).
        assertThat(line("US", "2025-11-08", EndUse.CIVIL, null, null, ga()).controlProbability()).isCloseTo(0.984, within());
        assertThat(line("US", "2025-11-09", EndUse.CIVIL, null, null, ga()).controlProbability()).isCloseTo(0.492, within());
        assertThat(line("US", "2026-11-26", EndUse.CIVIL, null, null, ga()).controlProbability()).isCloseTo(0.492, within());
        LineExposure after = line("US", "2026-11-27", EndUse.CIVIL, null, null, ga());
        assertThat(after.controlProbability()).isCloseTo(0.984, within());
        assertThat(after.flags()).contains(Flag.SUSPENSION_LAPSED);
        // 91 days after the end of the suspension: no longer flagged (warning window is 90 days)
        assertThat(line("US", "2027-02-26", EndUse.CIVIL, null, null, ga()).flags()).doesNotContain(Flag.SUSPENSION_LAPSED);
        assertThat(line("US", "2027-02-25", EndUse.CIVIL, null, null, ga()).flags()).contains(Flag.SUSPENSION_LAPSED);
    }

    @Test
    void aControlTargetingAnotherBuyerDoesNotApply() {
        // Clause 2 targets the US only: a German buyer on 2025-03-01 sees the licence alone, 0.984 × 0.5.
        LineExposure de = line("DE", "2025-03-01", EndUse.CIVIL, null, null, ga());
        assertThat(de.controlProbability()).isCloseTo(0.492, within());
        assertThat(de.controls()).extracting(ExportControl::id).containsExactly("CN-2023-23");
    }

    @Test
    void theIssuersOwnBuyerIsNotExposed() {
        LineExposure cn = line("CN", "2025-03-01", EndUse.CIVIL, null, null, ga());
        assertThat(cn.controlProbability()).isZero();
        // concentration still counts: 0.984 × w(CN)=1; R = 0.5 × 0.984
        assertThat(cn.risk()).isCloseTo(0.492, within());
    }

    @Test
    void militaryRowsBiteOnlyOnMilitaryOrders() {
        // 2025-12-15: clause 2 suspended; clause 1 (ban, military end use) applies only to MILITARY.
        assertThat(line("US", "2025-12-15", EndUse.CIVIL, null, null, ga()).controlProbability()).isCloseTo(0.492, within());
        assertThat(line("US", "2025-12-15", EndUse.MILITARY, null, null, ga()).controlProbability()).isCloseTo(0.984, within());
    }

    @Test
    void reeRowsStandInForElementsAndTheLatestYearNotAfterTheDateIsUsed() {
        // CE has no rows: REE refining 2024 (CN 0.91) on 2025-06-01, REE 2023 (CN 0.92) on 2023-06-30.
        MaterialExposure ce2025 = line("DE", "2025-06-01", EndUse.CIVIL, null, null, new Component("CE", Form.OXIDE, 1)).materials().get(0);
        assertThat(ce2025.stage(Stage.REFINING).origin()).isEqualTo(StageExposure.Origin.REE);
        assertThat(ce2025.stage(Stage.REFINING).distribution().year()).isEqualTo(2024);
        assertThat(ce2025.topRefiningShare()).isCloseTo(0.91, within());
        MaterialExposure nd2023 = line("DE", "2023-06-30", EndUse.CIVIL, null, null, new Component("ND", Form.OXIDE, 1)).materials().get(0);
        assertThat(nd2023.stage(Stage.REFINING).distribution().year()).isEqualTo(2023);
        assertThat(nd2023.topRefiningShare()).isCloseTo(0.92, within());
    }

    @Test
    void sharesFromAfterTheDateAreUsedOnlyWhenNothingEarlierExistsAndAreFlagged() {
        // 2009: ND refining has 2024 rows, REE refining starts 2010; nothing ≤ 2009, so ND 2024 (earliest) is used.
        LineExposure l = line("DE", "2009-06-01", EndUse.CIVIL, null, null, new Component("ND", Form.OXIDE, 1));
        assertThat(l.flags()).contains(Flag.SHARES_AFTER_AS_OF);
        assertThat(l.materials().get(0).stage(Stage.REFINING).distribution().year()).isEqualTo(2024);
    }

    @Test
    void aPartSpecificDeclarationBeatsTheGeneralOneWhichBeatsGlobalRows() {
        // MAG-1 of SUP-JP on 2025-06-01: DY refining from d-part (CN 0.5 / JP 0.5): P_ref = 0.5 × 0.5 = 0.25.
        LineExposure part = line("DE", "2025-06-01", EndUse.CIVIL, "SUP-JP", "MAG-1");
        MaterialExposure dy = part.materials().stream().filter(m -> m.component().material().equals("DY")).findFirst().orElseThrow();
        assertThat(dy.stage(Stage.REFINING).declarationId()).isEqualTo("d-part");
        assertThat(dy.stage(Stage.REFINING).probability()).isCloseTo(0.25, within());
        // Tie of named countries at 0.5: the alphabetically first (CN) is the top country.
        assertThat(dy.topRefiningCountry()).isEqualTo("CN");
        assertThat(part.flags()).contains(Flag.DECLARED_SOURCING);

        // An inline Dy oxide line of the same supplier: the general declaration (JP 1.0) applies: no CN refining.
        LineExposure inline = line("DE", "2025-06-01", EndUse.CIVIL, "SUP-JP", null, new Component("DY", Form.OXIDE, 1));
        assertThat(inline.materials().get(0).stage(Stage.REFINING).declarationId()).isEqualTo("d-general");
        assertThat(inline.controlProbability()).isZero();
        // JP never issued an EXPORT control: C = 1.0 × ω (0.5)
        assertThat(inline.concentration()).isCloseTo(0.5, within());
    }

    @Test
    void validToIsInclusive() {
        Component dy = new Component("DY", Form.OXIDE, 1);
        assertThat(line("DE", "2025-12-31", EndUse.CIVIL, "SUP-JP", null, dy).materials().get(0)
                .stage(Stage.REFINING).origin()).isEqualTo(StageExposure.Origin.DECLARATION);
        // 2026-01-01: declaration expired, global DY refining (CN 0.99) under the Dy licence: 0.495
        LineExposure expired = line("DE", "2026-01-01", EndUse.CIVIL, "SUP-JP", null, dy);
        assertThat(expired.materials().get(0).stage(Stage.REFINING).origin()).isEqualTo(StageExposure.Origin.MATERIAL);
        assertThat(expired.materials().get(0).stage(Stage.REFINING).probability()).isCloseTo(0.495, within());
    }

    @Test
    void materialsWithoutDataAreFlaggedAndALineWithNoDataIsUnscored() {
        // GE has refining rows only; as ORE it reaches mining only: no data at all.
        LineExposure none = line("DE", "2025-06-01", EndUse.CIVIL, null, null, new Component("GE", Form.ORE, 1));
        assertThat(none.scored()).isFalse();
        assertThat(none.flags()).contains(Flag.NO_DATA);
        LineExposure some = line("DE", "2025-06-01", EndUse.CIVIL, null, null,
                new Component("GE", Form.ORE, 1), new Component("W", Form.ORE, 1));
        assertThat(some.scored()).isTrue();
        assertThat(some.flags()).contains(Flag.NO_DATA, Flag.HIGHLY_CONCENTRATED);
        assertThat(some.materials().get(0).stagesWithoutData()).containsExactly(Stage.MINING);
    }

    @Test
    void criticalMaterialTiesGoToTheHigherProbabilityThenTheCode() {
        // ND and PR oxide, DE, 2025-06-01: both refining CN 0.90, neither controlled: tie → alphabetical → ND.
        LineExposure tie = line("DE", "2025-06-01", EndUse.CIVIL, null, null,
                new Component("PR", Form.OXIDE, 1), new Component("ND", Form.OXIDE, 1));
        assertThat(tie.criticalMaterial()).isEqualTo("ND");
    }

    @Test
    void scoresRoundHalfUpAndPricelessOrdersHaveFullCoverage() {
        // DY oxide, DE, 2024-06-01 (before the licence): P = 0, C = 0.99, R = 0.495 → 49.5 → 50.
        Order.Line dy = new Order.Line(1, null, List.of(new Component("DY", Form.OXIDE, 1)), null, BigDecimal.ONE, BigDecimal.ONE);
        OrderExposure half = method.score(new Order("H", "DE", "EUR", LocalDate.parse("2024-06-01"), EndUse.CIVIL, Set.of(),
                List.of(dy)), DATA);
        assertThat(half.score()).isEqualTo(50);
        assertThat(half.riskTier()).isEqualTo(RiskTier.HIGH);

        Order.Line free = new Order.Line(1, null, List.of(new Component("DY", Form.OXIDE, 1)), null, BigDecimal.ONE, BigDecimal.ZERO);
        OrderExposure priceless = method.score(new Order("Z", "DE", "EUR", LocalDate.parse("2024-06-01"), EndUse.CIVIL,
                Set.of(), List.of(free)), DATA);
        assertThat(priceless.coverage()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(priceless.score()).isZero();

        Order.Line unknown = new Order.Line(2, "NOPE", null, null, BigDecimal.ONE, BigDecimal.ZERO);
        OrderExposure partly = method.score(new Order("Z", "DE", "EUR", LocalDate.parse("2024-06-01"), EndUse.CIVIL,
                Set.of(), List.of(free, unknown)), DATA);
        assertThat(partly.coverage()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void importRestrictionsNeverEnterExportExposure() {
        // A US buyer of an NdFeB magnet: the DFARS rows (IMPORT) must not change P.
        LineExposure us = line("US", "2025-06-01", EndUse.MILITARY, null, null, new Component("ND", Form.MAGNET, 0.2));
        assertThat(us.controls()).extracting(ExportControl::id).noneMatch(id -> id.startsWith("US-"));
        assertThat(us.controlProbability()).isZero();
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
