package org.procrisk.scoring.mapping;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.procrisk.scoring.method.Dataset;
import org.procrisk.scoring.method.ExportControl;
import org.procrisk.scoring.method.LineCompliance;
import org.procrisk.scoring.method.OrderCompliance;
import org.procrisk.scoring.method.Precision;
import org.procrisk.scoring.method.Verdict;
import org.procrisk.scoring.api.ComplianceResult;

/** Publishes buyer-side verdicts with money rounded to the order currency's minor unit. */
final class ComplianceMapper {

    private ComplianceMapper() {
    }

    static ComplianceResult order(OrderCompliance c, String currency, int minor, Dataset data) {
        if (c == null) {
            return null;
        }
        List<ComplianceResult.Deadline> deadlines = c.deadlines().stream().map(d -> {
            OrderCompliance then = d.onThatDate();
            List<ComplianceResult.LineChange> changes = new ArrayList<>();
            for (int i = 0; i < c.lines().size(); i++) {
                LineCompliance before = c.lines().get(i);
                LineCompliance after = then.lines().get(i);
                if (before.verdict() != after.verdict()) {
                    changes.add(new ComplianceResult.LineChange(after.line().lineNumber(), before.verdict().name(),
                            after.verdict().name(), ScoreMapper.money(after.value(), minor)));
                }
            }
            return new ComplianceResult.Deadline(d.date(), d.daysLeft(), restrictions(d.restrictions(), data),
                    then.verdict().name(), values(then, minor), changes, summary(changes, d.date().toString(), currency));
        }).toList();
        return new ComplianceResult(c.asOf(), c.verdict().name(), restrictions(c.restrictions(), data), values(c, minor),
                deadlines);
    }

    static ComplianceResult.Line line(LineCompliance l) {
        if (l == null) {
            return null;
        }
        ExportControl r = l.restriction();
        return new ComplianceResult.Line(l.verdict().name(), r == null ? null : r.id(), r == null ? null : r.sourceId(),
                l.material(), l.stage() == null ? null : l.stage().name(),
                r == null ? null : Precision.probability(l.restrictedShare()),
                l.origin() == null ? null : l.origin().name(), l.declarationId());
    }

    private static List<ComplianceResult.Restriction> restrictions(List<ExportControl> restrictions, Dataset data) {
        return restrictions.stream().map(r -> {
            var source = data.source(r.sourceId());
            return new ComplianceResult.Restriction(r.id(), r.title(), r.issuer(), r.programme(),
                    r.targets().stream().sorted().toList(), r.effectiveFrom(), r.ended(), r.sourceId(),
                    source == null ? null : source.url());
        }).toList();
    }

    private static List<ComplianceResult.VerdictValue> values(OrderCompliance c, int minor) {
        Map<Verdict, Long> counts = c.lines().stream()
                .collect(Collectors.groupingBy(LineCompliance::verdict, () -> new EnumMap<>(Verdict.class), Collectors.counting()));
        return new EnumMap<>(c.valueByVerdict()).entrySet().stream()
                .map(e -> new ComplianceResult.VerdictValue(e.getKey().name(), counts.get(e.getKey()).intValue(),
                        ScoreMapper.money(e.getValue(), minor)))
                .toList();
    }

    /** "3 lines, USD 41200.00, become NON_COMPLIANT on 2027-01-01", one clause per new verdict. */
    private static String summary(List<ComplianceResult.LineChange> changes, String date, String currency) {
        if (changes.isEmpty()) {
            return "No line changes verdict on " + date;
        }
        Map<String, List<ComplianceResult.LineChange>> byVerdict = changes.stream()
                .collect(Collectors.groupingBy(ComplianceResult.LineChange::to, java.util.TreeMap::new, Collectors.toList()));
        List<String> parts = new ArrayList<>();
        byVerdict.forEach((verdict, lines) -> {
            BigDecimal value = lines.stream().map(ComplianceResult.LineChange::value).reduce(BigDecimal.ZERO, BigDecimal::add);
            parts.add(lines.size() + (lines.size() == 1 ? " line, " : " lines, ") + currency + " " + value.toPlainString()
                    + (lines.size() == 1 ? ", becomes " : ", become ") + verdict);
        });
        return String.join("; ", parts) + " on " + date;
    }
}
