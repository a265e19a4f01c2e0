package org.procrisk.scoring.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.procrisk.scoring.method.Component;
import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.EndUse;
import org.procrisk.scoring.method.ExposureMethod;
import org.procrisk.scoring.method.Form;
import org.procrisk.scoring.method.Order;
import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.method.Parameters;
import org.procrisk.scoring.method.ReferenceDataFixture;

/**
 * The policy rules on the reference data, as of 2026-11-25 for a German buyer, equal weights. Shares
 * from country-shares.csv (2024): ND refining CN 0.90 / MY 0.06 / ZZ 0.04; ND magnet-making CN 0.94 /
 * JP 0.04 / ZZ 0.02; REE mining CN 0.685 … RU 0.006; SB refining CN 0.70 / ZZ 0.30.
 */
class PolicyEvaluatorTest {

    private static final Dataset DATA = ReferenceDataFixture.builder().build();
    private static final ExposureMethod METHOD = new ExposureMethod(Parameters.defaults());

    private static BomPolicy policy(double maxShare, Set<String> banned, RuleAction controls, double minCoverage,
                                    RuleAction unknown) {
        return new BomPolicy(maxShare, Map.of(), banned, controls, minCoverage, Set.of(), unknown, RuleAction.FAIL);
    }

    private static OrderExposure score(Component... perLine) {
        List<Order.Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < perLine.length; i++) {
            lines.add(new Order.Line(10 * (i + 1), null, perLine[i] == null ? List.of() : List.of(perLine[i]), null,
                    BigDecimal.ONE, BigDecimal.ONE));
        }
        return METHOD.score(new Order("BOM", "DE", "XXX", LocalDate.parse("2026-11-25"), EndUse.CIVIL, Set.of(), lines), DATA);
    }

    @Test
    void aShareAboveTheLimitFailsAndOneEqualToItPasses() {
        OrderExposure nd = score(new Component("ND", Form.OXIDE, 1));
        PolicyResult above = PolicyEvaluator.evaluate(nd, List.of(), policy(0.89, Set.of(), RuleAction.IGNORE, 0, RuleAction.WARN));
        assertThat(above.verdict()).isEqualTo(CheckVerdict.FAIL);
        assertThat(above.violations()).singleElement().satisfies(v -> {
            assertThat(v.rule()).isEqualTo(Rule.SINGLE_COUNTRY_REFINING);
            assertThat(v.country()).isEqualTo("CN");
            assertThat(v.share()).isEqualTo(0.90);
            assertThat(v.limit()).isEqualTo(0.89);
        });
        assertThat(PolicyEvaluator.evaluate(nd, List.of(), policy(0.90, Set.of(), RuleAction.IGNORE, 0, RuleAction.WARN))
                .verdict()).isEqualTo(CheckVerdict.PASS);
    }

    @Test
    void aBannedCountryFailsOnEachStageItAppearsIn() {
        // magnet: mining via REE rows (RU 0.006), refining (MY 0.06), magnet-making (neither)
        OrderExposure magnet = score(new Component("ND", Form.MAGNET, 0.2));
        PolicyResult result = PolicyEvaluator.evaluate(magnet, List.of(),
                policy(1, Set.of("RU", "MY", "US"), RuleAction.IGNORE, 0, RuleAction.WARN));
        assertThat(result.violations()).extracting(Violation::stage, Violation::country, Violation::share)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MINING", "RU", 0.006),
                        org.assertj.core.groups.Tuple.tuple("MINING", "US", 0.114),
                        org.assertj.core.groups.Tuple.tuple("REFINING", "MY", 0.06));
    }

    @Test
    void exportControlsWarnFailOrAreIgnoredAsThePolicySays() {
        OrderExposure sb = score(new Component("SB", Form.OXIDE, 0.001));
        for (RuleAction action : RuleAction.values()) {
            PolicyResult r = PolicyEvaluator.evaluate(sb, List.of(), policy(1, Set.of(), action, 0, RuleAction.WARN));
            CheckVerdict expected = switch (action) {
                case FAIL -> CheckVerdict.FAIL;
                case WARN -> CheckVerdict.WARN;
                case IGNORE -> CheckVerdict.PASS;
            };
            assertThat(r.verdict()).as(action.name()).isEqualTo(expected);
        }
        Violation v = PolicyEvaluator.evaluate(sb, List.of(), policy(1, Set.of(), RuleAction.WARN, 0, RuleAction.WARN))
                .violations().get(0);
        assertThat(v.controlIds()).containsExactly("CN-2024-33");
        // licence (severity 0.5) on refining CN 0.70 → 0.35, and through its ORE form on mining CN 0.577 → 0.2885:
        // P = 1 − (1 − 0.35)(1 − 0.2885) = 1 − 0.65 × 0.7115 = 0.537525
        assertThat(v.share()).isCloseTo(0.537525, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void coverageBelowTheMinimumFailsAndUnknownMaterialsFollowTheirAction() {
        // one line of two has no material the dataset knows → coverage 0.5
        OrderExposure half = score(new Component("SB", Form.OXIDE, 0.001), null);
        List<UnknownMaterial> unknown = List.of(new UnknownMaterial(20, "TA", "row 3"));
        PolicyResult r = PolicyEvaluator.evaluate(half, unknown, policy(1, Set.of(), RuleAction.IGNORE, 0.6, RuleAction.WARN));
        assertThat(r.violations()).extracting(Violation::rule, Violation::severity).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_MATERIAL, CheckVerdict.WARN),
                org.assertj.core.groups.Tuple.tuple(Rule.MIN_COVERAGE, CheckVerdict.FAIL));
        assertThat(r.violations().get(1).share()).isEqualTo(0.5);
        assertThat(PolicyEvaluator.evaluate(half, unknown, policy(1, Set.of(), RuleAction.IGNORE, 0.5, RuleAction.IGNORE))
                .verdict()).isEqualTo(CheckVerdict.PASS);
    }

    @Test
    void percentagesReadNaturally() {
        assertThat(PolicyEvaluator.percent(0.99)).isEqualTo("99%");
        assertThat(PolicyEvaluator.percent(0.857)).isEqualTo("85.7%");
        assertThat(PolicyEvaluator.percent(0.0006)).isEqualTo("0.1%");
    }
}
