package org.procrisk.supplier.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.procrisk.supplier.api.ExportControlInput;

/** The rules a trade measure must satisfy; the seeded reference rows are held to the same rules. */
public final class ExportControlRules {

    private ExportControlRules() {
    }

    public static FieldErrors validate(ExportControlInput in, FieldErrors errors, Set<String> materials,
                                       Predicate<String> sourceExists) {
        String issuer = Countries.problem(in.issuer(), false);
        if (issuer != null) {
            errors.add("issuer", issuer);
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < in.materials().size(); i++) {
            String code = in.materials().get(i);
            if (code != null && !materials.contains(code)) {
                errors.add("materials[" + i + "]", "unknown material code '" + code + "'");
            } else if (code != null && !seen.add(code)) {
                errors.add("materials[" + i + "]", "material '" + code + "' is listed twice");
            }
        }
        List<String> targets = in.targetCountries();
        if (targets.contains("ALL")) {
            if (targets.size() > 1) {
                errors.add("targetCountries", "ALL cannot be combined with country codes");
            }
        } else {
            for (int i = 0; i < targets.size(); i++) {
                String problem = Countries.problem(targets.get(i), false);
                if (problem != null) {
                    errors.add("targetCountries[" + i + "]", problem);
                }
            }
        }
        boolean imports = in.direction() == ExportControlInput.Direction.IMPORT;
        if (imports && (in.programme() == null || in.programme().isBlank())) {
            errors.add("programme", "is required for an IMPORT restriction (the buyer programme it binds)");
        }
        if (!imports && in.programme() != null && !in.programme().isBlank()) {
            errors.add("programme", "applies to IMPORT restrictions only");
        }
        if (in.effectiveFrom() != null && in.ended() != null && in.effectiveFrom().isAfter(in.ended())) {
            errors.add("effectiveFrom", "must not be after ended");
        }
        if (in.suspendedUntil() != null && in.suspendedFrom() == null) {
            errors.add("suspendedFrom", "is required when suspendedUntil is given");
        }
        if (in.suspendedFrom() != null && in.suspendedUntil() != null && in.suspendedUntil().isBefore(in.suspendedFrom())) {
            errors.add("suspendedUntil", "must not be before suspendedFrom");
        }
        if (in.sourceId() != null && !sourceExists.test(in.sourceId())) {
            errors.add("sourceId", "no source with id '" + in.sourceId() + "'");
        }
        return errors;
    }
}
