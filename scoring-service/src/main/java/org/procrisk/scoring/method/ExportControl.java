package org.procrisk.scoring.method;

import java.time.LocalDate;
import java.util.Set;

/**
 * A trade measure as the reference data records it. {@code targets} empty means ALL; {@code materials}
 * holds codes as listed, where {@code REE} stands for every rare earth.
 */
public record ExportControl(
        String id,
        String issuer,
        String title,
        Measure measure,
        Direction direction,
        Set<String> materials,
        Set<Form> forms,
        Set<String> targets,
        boolean militaryOnly,
        String programme,
        LocalDate announced,
        LocalDate effectiveFrom,
        LocalDate suspendedFrom,
        LocalDate suspendedUntil,
        LocalDate ended,
        String sourceId) {

    public ExportControl {
        materials = Set.copyOf(materials);
        forms = Set.copyOf(forms);
        targets = Set.copyOf(targets);
    }

    /** In force on T: effective, not ended, and not inside the half-open suspension window. */
    public boolean inForceOn(LocalDate t) {
        if (effectiveFrom == null || t.isBefore(effectiveFrom)) {
            return false;
        }
        if (ended != null && !t.isBefore(ended)) {
            return false;
        }
        boolean suspended = suspendedFrom != null && !t.isBefore(suspendedFrom)
                && (suspendedUntil == null || t.isBefore(suspendedUntil));
        return !suspended;
    }

    public boolean targets(String buyerCountry) {
        return targets.isEmpty() || targets.contains(buyerCountry);
    }

    /** A control listing REE covers every rare-earth code; one listing elements covers only those. */
    public boolean covers(String material, boolean rareEarth) {
        return materials.contains(material) || (rareEarth && materials.contains("REE"));
    }

    /** Whether one of its forms reaches the stage (method v1, "Control forms → stages"). */
    public boolean bitesOn(Stage stage) {
        for (Form form : forms) {
            if (form.controlStages().contains(stage)) {
                return true;
            }
        }
        return false;
    }

    /** Buyer-side (IMPORT) restriction binding a buyer of the issuer's country under a programme the order names. */
    public boolean bindsBuyer(String buyerCountry, Set<String> programmes) {
        return direction == Direction.IMPORT && issuer.equals(buyerCountry) && programme != null
                && programmes.contains(programme);
    }
}
