package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.procrisk.common.validation.SafeText;

@Schema(name = "ScenarioRequest", description = "Orders and a what-if: new controls, changed suspensions, other shares.")
public record ScenarioRequest(
        @NotEmpty @Size(max = 1000) List<@Valid @NotNull ScoreRequest> orders,
        @Schema(example = "EUR") String reportingCurrency,
        Map<String, @NotNull @Positive BigDecimal> fxRates,
        @NotNull @Valid Scenario scenario) {

    @Schema(name = "Scenario")
    public record Scenario(
            @Schema(example = "CN bans Dy/Tb magnets to DE from 2027") @NotBlank @Size(max = 200) @SafeText String name,
            @Schema(description = "Hypothetical EXPORT controls, in force from effectiveFrom")
            @Size(max = 100) List<@Valid @NotNull HypotheticalControl> controls,
            @Schema(description = "Suspensions lifted, extended or added on existing controls")
            @Size(max = 100) List<@Valid @NotNull SuspensionChange> suspensions,
            @Schema(description = "Replacement country shares for one material, stage and year")
            @Size(max = 100) List<@Valid @NotNull ShareOverride> shareOverrides) {

        public Scenario {
            controls = controls == null ? List.of() : controls;
            suspensions = suspensions == null ? List.of() : suspensions;
            shareOverrides = shareOverrides == null ? List.of() : shareOverrides;
        }
    }

    @Schema(name = "HypotheticalControl")
    public record HypotheticalControl(
            @Schema(example = "WHATIF-CN-DYTB-DE") @NotBlank @Size(max = 64) String id,
            @Schema(example = "CN") @NotNull String issuer,
            @Schema(example = "BAN") @NotNull Measure measure,
            @Schema(example = "[\"DY\",\"TB\"]") @NotEmpty List<@NotBlank String> materials,
            @Schema(example = "[\"MAGNET\"]") @NotEmpty List<@NotNull ControlForm> forms,
            @Schema(description = "[\"ALL\"] or ISO codes", example = "[\"DE\"]") @NotEmpty List<@NotBlank String> targetCountries,
            @Schema(example = "ANY") EndUse endUse,
            @Schema(example = "2027-01-01") @NotNull LocalDate effectiveFrom,
            LocalDate ended) {
    }

    @Schema(name = "SuspensionChange", description = "lift=true puts the control back in force; otherwise the window is set")
    public record SuspensionChange(
            @Schema(example = "CN-2024-46-C2") @NotBlank String controlId,
            boolean lift,
            @Schema(example = "2025-11-09") LocalDate suspendedFrom,
            @Schema(description = "Open-ended when omitted", example = "2027-11-27") LocalDate suspendedUntil) {
    }

    @Schema(name = "ShareOverride")
    public record ShareOverride(
            @Schema(example = "DY") @NotBlank String material,
            @Schema(example = "REFINING") @NotNull StageName stage,
            @Schema(example = "2024") @NotNull Integer year,
            @Schema(example = "{\"CN\":0.8,\"MY\":0.15,\"ZZ\":0.05}") @NotEmpty Map<String, @NotNull BigDecimal> shares) {
    }

    public enum Measure {
        LICENCE, BAN, QUOTA, DUTY, TECH_BAN
    }

    /** Fewer forms than the registry's ControlForm (no TECHNOLOGY, EQUIPMENT): its own schema name. */
    @Schema(name = "ScenarioControlForm")
    public enum ControlForm {
        ORE, OXIDE, METAL, ALLOY, COMPOUND, MAGNET, ANY
    }

    public enum EndUse {
        ANY, MILITARY
    }

    public enum StageName {
        MINING, REFINING, MAGNET
    }
}
