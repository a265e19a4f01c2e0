package org.procrisk.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * DFARS 225.7018 on the reference data (US-DFARS-7052-MAG and -W until 2027-01-01, US-DFARS-7052-2027 from
 * then), with the shares worked by hand in the comments. Every case names its as-of date.
 */
class BuyerRestrictionsTest {

    private static final Set<String> DOD = Set.of("US-DOD");
    private static final String TODAY = "2026-11-25";

    private static final Dataset DATA = ReferenceDataFixture.builder()
            .supplier(new Supplier("s1", "SUP-JP-MAG", "Shin-Etsu style magnet maker", "JP"))
            .supplier(new Supplier("s2", "SUP-SPLIT", "Split-sourcing magnet maker", "DE"))
            // magnets made in Japan from rare earths refined in China
            .declaration(new Declaration("d-jp-magnet", "SUP-JP-MAG", null, "ND", Stage.MAGNET, Map.of("JP", 1.0),
                    LocalDate.parse("2025-01-01"), null, null))
            .declaration(new Declaration("d-cn-refining", "SUP-JP-MAG", null, "ND", Stage.REFINING, Map.of("CN", 1.0),
                    LocalDate.parse("2025-01-01"), null, null))
            .declaration(new Declaration("d-split", "SUP-SPLIT", null, "ND", Stage.MAGNET, Map.of("CN", 0.3, "JP", 0.7),
                    LocalDate.parse("2025-01-01"), null, null))
            .build();

    private static Order order(String buyer, String asOf, Set<String> programmes, String supplier, Component... components) {
        Order.Line line = new Order.Line(10, null, List.of(components), supplier, BigDecimal.valueOf(100), new BigDecimal("412.00"));
        return new Order("PO-T", buyer, "USD", LocalDate.parse(asOf), EndUse.MILITARY, programmes, List.of(line));
    }

    private static OrderCompliance assess(Order order) {
        return BuyerRestrictions.assess(order, DATA);
    }

    private static Component magnet() {
        return new Component("ND", Form.MAGNET, 0.2);
    }

    @Test
    void aMagnetOnGlobalSharesIsAtRiskThroughTheMagnetStageToday() {
        // 7052-MAG reaches MAGNET only: ND magnet-making CN 0.94 (global, 2024) → AT_RISK, restricted share 0.94.
        OrderCompliance c = assess(order("US", TODAY, DOD, null, magnet()));
        LineCompliance line = c.lines().get(0);
        assertThat(c.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(line.restriction().id()).isEqualTo("US-DFARS-7052-MAG");
        assertThat(line.stage()).isEqualTo(Stage.MAGNET);
        assertThat(line.restrictedShare()).isCloseTo(0.94, within(1e-9));
        assertThat(line.origin()).isEqualTo(StageExposure.Origin.MATERIAL);
        assertThat(c.restrictions()).extracting(ExportControl::id)
                .containsExactly("US-DFARS-7052-MAG", "US-DFARS-7052-W");
        assertThat(c.valueByVerdict()).containsOnlyKeys(Verdict.AT_RISK);
        assertThat(c.valueByVerdict().get(Verdict.AT_RISK)).isEqualByComparingTo("41200.00");
    }

    @Test
    void fromTheDeadlineEveryStageCounts() {
        // ND oxide reaches MINING and REFINING, which 7052-MAG does not: COMPLIANT today.
        Component oxide = new Component("ND", Form.OXIDE, 1);
        OrderCompliance today = assess(order("US", TODAY, DOD, null, oxide));
        assertThat(today.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(today.lines().get(0).restriction()).isNull();
        // On 2027-01-01 (7052-2027, every stage): MINING via REE 2024 CN 0.685 + RU 0.006 = 0.691,
        // REFINING ND CN 0.90: the worst finding is REFINING at 0.90.
        OrderCompliance.Deadline deadline = today.deadlines().get(0);
        assertThat(deadline.date()).isEqualTo(LocalDate.parse("2027-01-01"));
        assertThat(deadline.restrictions()).extracting(ExportControl::id).containsExactly("US-DFARS-7052-2027");
        LineCompliance then = deadline.onThatDate().lines().get(0);
        assertThat(then.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(then.stage()).isEqualTo(Stage.REFINING);
        assertThat(then.restrictedShare()).isCloseTo(0.90, within(1e-9));
        assertThat(deadline.onThatDate().restrictions()).extracting(ExportControl::id)
                .containsExactly("US-DFARS-7052-2027");

        OrderCompliance mining = assess(order("US", "2027-01-01", DOD, null, new Component("ND", Form.ORE, 1)));
        assertThat(mining.lines().get(0).stage()).isEqualTo(Stage.MINING);
        assertThat(mining.lines().get(0).restrictedShare()).isCloseTo(0.691, within(1e-9));
        assertThat(mining.lines().get(0).origin()).isEqualTo(StageExposure.Origin.REE);
    }

    @Test
    void japaneseMagnetsFromChineseRefiningTurnNonCompliantOnTheDeadline() {
        // Declared: MAGNET JP 1.0, REFINING CN 1.0. Today only MAGNET is reached: restricted share 0 → COMPLIANT.
        OrderCompliance today = assess(order("US", TODAY, DOD, "SUP-JP-MAG", magnet()));
        LineCompliance line = today.lines().get(0);
        assertThat(line.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(line.restriction().id()).isEqualTo("US-DFARS-7052-MAG");
        assertThat(line.declarationId()).isEqualTo("d-jp-magnet");
        assertThat(line.restrictedShare()).isZero();
        // From 2027-01-01 REFINING is reached: declared CN 1.0 → NON_COMPLIANT (beats MINING's AT_RISK 0.691).
        LineCompliance then = today.deadlines().get(0).onThatDate().lines().get(0);
        assertThat(then.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(then.stage()).isEqualTo(Stage.REFINING);
        assertThat(then.declarationId()).isEqualTo("d-cn-refining");
        assertThat(then.restrictedShare()).isCloseTo(1.0, within(1e-9));
        assertThat(assess(order("US", "2027-01-01", DOD, "SUP-JP-MAG", magnet())).verdict())
                .isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void aSplitDeclarationWithAnyRestrictedShareIsNonCompliant() {
        // Declared MAGNET CN 0.3 / JP 0.7: restricted share 0.3 at a reached stage, from a declaration.
        LineCompliance line = assess(order("US", TODAY, DOD, "SUP-SPLIT", magnet())).lines().get(0);
        assertThat(line.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(line.restrictedShare()).isCloseTo(0.3, within(1e-9));
        assertThat(line.declarationId()).isEqualTo("d-split");
    }

    @Test
    void theRuleBindsOnlyUsBuyersNamingTheProgramme() {
        OrderCompliance german = assess(order("DE", TODAY, DOD, null, magnet()));
        assertThat(german.verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(german.restrictions()).isEmpty();
        assertThat(german.deadlines()).isEmpty();
        assertThat(assess(order("US", TODAY, Set.of(), null, magnet()))).isNull();
        assertThat(assess(order("US", TODAY, Set.of("NASA"), null, magnet())).restrictions()).isEmpty();
    }

    @Test
    void tungstenAlloyIsRestrictedBefore2027ButOreOnlyFromThen() {
        // 7052-W lists METAL;ALLOY → REFINING. W alloy reaches REFINING: CN 0.85 → AT_RISK.
        LineCompliance alloy = assess(order("US", "2026-06-01", DOD, null, new Component("W", Form.ALLOY, 0.4))).lines().get(0);
        assertThat(alloy.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(alloy.restriction().id()).isEqualTo("US-DFARS-7052-W");
        assertThat(alloy.restrictedShare()).isCloseTo(0.85, within(1e-9));
        // W ore reaches MINING only: nothing today; from 2027: CN 0.823 + RU 0.025 + KP 0.021 = 0.869.
        OrderCompliance ore = assess(order("US", "2026-06-01", DOD, null, new Component("W", Form.ORE, 1)));
        assertThat(ore.verdict()).isEqualTo(Verdict.COMPLIANT);
        LineCompliance oreThen = ore.deadlines().get(0).onThatDate().lines().get(0);
        assertThat(oreThen.verdict()).isEqualTo(Verdict.AT_RISK);
        assertThat(oreThen.restrictedShare()).isCloseTo(0.869, within(1e-9));
    }

    @Test
    void daysLeftCountFromTheAsOfDateAndOnlyAnnouncedRestrictionsAreDeadlines() {
        assertThat(assess(order("US", TODAY, DOD, null, magnet())).deadlines().get(0).daysLeft()).isEqualTo(37);
        assertThat(assess(order("US", "2026-12-31", DOD, null, magnet())).deadlines().get(0).daysLeft()).isEqualTo(1);
        // 2024-05-30 (announced) → 2027-01-01: 365 + 365 + 216 = 946 days
        assertThat(assess(order("US", "2024-05-30", DOD, null, magnet())).deadlines().get(0).daysLeft()).isEqualTo(946);
        assertThat(assess(order("US", "2024-05-29", DOD, null, magnet())).deadlines()).isEmpty();
        assertThat(assess(order("US", "2027-01-01", DOD, null, magnet())).deadlines()).isEmpty();
    }

    @Test
    void anUnknownPartIsNotAssessedAndTheOrderTakesTheWorstLine() {
        Order.Line unknown = new Order.Line(20, "NO-SUCH-PART", null, null, BigDecimal.ONE, BigDecimal.TEN);
        Order.Line magnet = new Order.Line(10, null, List.of(magnet()), "SUP-SPLIT", BigDecimal.ONE, new BigDecimal("5"));
        OrderCompliance c = assess(new Order("PO", "US", "USD", LocalDate.parse(TODAY), EndUse.MILITARY, DOD,
                List.of(magnet, unknown)));
        assertThat(c.lines()).extracting(LineCompliance::verdict).containsExactly(Verdict.NON_COMPLIANT, Verdict.NOT_ASSESSED);
        assertThat(c.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(c.valueByVerdict().get(Verdict.NOT_ASSESSED)).isEqualByComparingTo("10");
    }

    @Test
    void importRowsNeverChangeTheExportExposure() {
        Dataset withoutImportRows = ReferenceDataFixture.builder(c -> c.direction() != Direction.IMPORT).build();
        ExposureMethod method = new ExposureMethod(Parameters.defaults());
        for (String asOf : List.of("2025-06-01", TODAY, "2027-06-01")) {
            Order order = order("US", asOf, DOD, null, magnet(), new Component("DY", Form.MAGNET, 0.01),
                    new Component("W", Form.ALLOY, 0.4));
            OrderExposure with = method.score(order, ReferenceDataFixture.builder().build());
            OrderExposure without = method.score(order, withoutImportRows);
            assertThat(with.score()).isEqualTo(without.score());
            assertThat(with.controlValueAtRisk()).isEqualByComparingTo(without.controlValueAtRisk());
            assertThat(with.exposureByControl()).isEqualTo(without.exposureByControl());
            assertThat(with.lines().get(0).controlProbability()).isEqualTo(without.lines().get(0).controlProbability());
            assertThat(with.lines().get(0).risk()).isEqualTo(without.lines().get(0).risk());
            assertThat(with.compliance().verdict()).isEqualTo(Verdict.AT_RISK);
            assertThat(without.compliance().verdict()).isEqualTo(Verdict.COMPLIANT);
        }
    }
}
