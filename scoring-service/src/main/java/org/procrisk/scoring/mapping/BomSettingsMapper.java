package org.procrisk.scoring.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.api.BomCheckDocument;
import org.procrisk.scoring.api.BomCheckQuery;
import org.procrisk.scoring.api.PolicyDto;
import org.procrisk.scoring.bom.BomCheckSettings;
import org.procrisk.scoring.method.EndUse;
import org.procrisk.scoring.policy.BomPolicy;
import org.procrisk.scoring.policy.RuleAction;

/**
 * Resolves a check's settings: the JSON body's fields, else the query parameters, else the configured
 * default policy. Every bad parameter is named in one 400.
 */
public final class BomSettingsMapper {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    private BomSettingsMapper() {
    }

    public static BomCheckSettings resolve(BomCheckQuery q, BomCheckDocument body, BomPolicy defaults) {
        return new BomSettingsMapper().settings(q, body, defaults);
    }

    /** The policy as applied, for the answer. */
    public static PolicyDto describe(BomPolicy p) {
        return new PolicyDto(decimal(p.maxRefiningShare()), new java.util.TreeMap<>(Maps.mapValues(p.maxRefiningShareByMaterial())),
                new ArrayList<>(new TreeSet<>(p.bannedOriginCountries())), action(p.exportControls()), decimal(p.minCoverage()),
                new ArrayList<>(new TreeSet<>(p.ignoreMaterials())), action(p.unknownMaterials()), action(p.buyerRestrictions()));
    }

    private BomCheckSettings settings(BomCheckQuery q, BomCheckDocument body, BomPolicy defaults) {
        PolicyDto fromBody = body == null ? null : body.policy();
        String buyer = body != null && body.buyerCountry() != null ? body.buyerCountry() : q.buyerCountry;
        if (buyer == null || buyer.isBlank()) {
            errors.add(new Problem.FieldError("buyerCountry", "is required (query parameter, or field of a JSON body)"));
        } else if (!OrderMapper.isCountry(buyer)) {
            errors.add(new Problem.FieldError("buyerCountry", "is not an ISO 3166-1 alpha-2 country code"));
        }
        String currency = body != null && body.currency() != null ? body.currency() : q.currency;
        if (currency != null && !OrderMapper.isCurrency(currency)) {
            errors.add(new Problem.FieldError("currency", "is not an ISO 4217 currency code"));
        }
        LocalDate asOf = body != null && body.asOf() != null ? body.asOf() : parse("asOf", q.asOf, LocalDate::parse);
        EndUse endUse = body != null && body.endUse() != null ? EndUse.valueOf(body.endUse().name())
                : parse("endUse", q.endUse, v -> EndUse.valueOf(v.toUpperCase(Locale.ROOT)));
        List<String> programmes = body != null && body.programmes() != null ? body.programmes() : list(q.programmes);
        if (programmes.stream().anyMatch(p -> p.length() > 32) || programmes.size() > 20) {
            errors.add(new Problem.FieldError("programmes", "at most 20 programmes of at most 32 characters"));
        }
        BomPolicy policy = policy(q, fromBody, defaults);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new BomCheckSettings(buyer, currency, asOf == null ? LocalDate.now(ZoneOffset.UTC) : asOf, endUse,
                programmes, policy);
    }

    private BomPolicy policy(BomCheckQuery q, PolicyDto b, BomPolicy d) {
        double maxShare = pick(b == null ? null : b.maxRefiningShare(), share("maxRefiningShare", q.maxRefiningShare),
                d.maxRefiningShare());
        Map<String, Double> byMaterial = new LinkedHashMap<>(d.maxRefiningShareByMaterial());
        if (b != null && b.maxRefiningShareByMaterial() != null) {
            b.maxRefiningShareByMaterial().forEach((k, v) -> byMaterial.put(k, v.doubleValue()));
        } else if (q.maxRefiningShareByMaterial != null) {
            for (String pair : list(q.maxRefiningShareByMaterial)) {
                String[] kv = pair.split(":", 2);
                Double share = kv.length == 2 ? share("maxRefiningShareByMaterial", kv[1]) : null;
                if (kv.length != 2 || !kv[0].strip().matches("[A-Za-z]{1,16}")) {
                    errors.add(new Problem.FieldError("maxRefiningShareByMaterial", "'" + pair + "' is not CODE:share"));
                } else if (share != null) {
                    byMaterial.put(kv[0].strip().toUpperCase(Locale.ROOT), share);
                }
            }
        }
        List<String> banned = b != null && b.bannedOriginCountries() != null ? b.bannedOriginCountries()
                : q.bannedOriginCountries != null ? list(q.bannedOriginCountries).stream().map(c -> c.toUpperCase(Locale.ROOT)).toList()
                : List.copyOf(d.bannedOriginCountries());
        for (String country : banned) {
            if (!OrderMapper.isCountry(country)) {
                errors.add(new Problem.FieldError("bannedOriginCountries", "'" + country + "' is not an ISO 3166-1 alpha-2 code"));
            }
        }
        List<String> ignore = b != null && b.ignoreMaterials() != null ? b.ignoreMaterials()
                : q.ignoreMaterials != null ? list(q.ignoreMaterials) : List.copyOf(d.ignoreMaterials());
        return new BomPolicy(maxShare, byMaterial, new TreeSet<>(banned),
                pick(b == null ? null : action(b.exportControls()), action("exportControls", q.exportControls), d.exportControls()),
                pick(b == null ? null : b.minCoverage(), share("minCoverage", q.minCoverage), d.minCoverage()),
                new TreeSet<>(ignore.stream().map(m -> m.toUpperCase(Locale.ROOT)).toList()),
                pick(b == null ? null : action(b.unknownMaterials()), action("unknownMaterials", q.unknownMaterials), d.unknownMaterials()),
                pick(b == null ? null : action(b.buyerRestrictions()), action("buyerRestrictions", q.buyerRestrictions),
                        d.buyerRestrictions()));
    }

    private static double pick(BigDecimal body, Double query, double fallback) {
        return body != null ? body.doubleValue() : query != null ? query : fallback;
    }

    private static RuleAction action(PolicyDto.Action action) {
        return action == null ? null : RuleAction.valueOf(action.name());
    }

    private static PolicyDto.Action action(RuleAction action) {
        return PolicyDto.Action.valueOf(action.name());
    }

    private static RuleAction pick(RuleAction body, RuleAction query, RuleAction fallback) {
        return body != null ? body : query != null ? query : fallback;
    }

    private Double share(String field, String raw) {
        Double value = parse(field, raw, Double::valueOf);
        if (value != null && !(value >= 0 && value <= 1)) {
            errors.add(new Problem.FieldError(field, "must be a decimal between 0 and 1"));
            return null;
        }
        return value;
    }

    private RuleAction action(String field, String raw) {
        return parse(field, raw, v -> RuleAction.valueOf(v.toUpperCase(Locale.ROOT)));
    }

    private <T> T parse(String field, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return parser.apply(raw.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, "'" + (raw.length() > 40 ? raw.substring(0, 40) + "…" : raw)
                    + "' is not valid here"));
            return null;
        }
    }

    private static List<String> list(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        return Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP);
    }

    /** Converting a map's values without streams' verbosity at the call site. */
    private static final class Maps {
        static Map<String, BigDecimal> mapValues(Map<String, Double> in) {
            Map<String, BigDecimal> out = new LinkedHashMap<>();
            in.forEach((k, v) -> out.put(k, decimal(v)));
            return out;
        }
    }
}
