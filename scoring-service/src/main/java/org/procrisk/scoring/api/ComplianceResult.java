package org.procrisk.scoring.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Compliance", description = "Buyer-side restrictions (IMPORT rows such as DFARS 225.7018 for US-DOD) "
        + "on the order as of asOf, and the dates announced restrictions take effect. Present when the order names programmes.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplianceResult(
        @Schema(example = "2026-11-25") LocalDate asOf,
        @Schema(description = "Worst line verdict: COMPLIANT, NOT_ASSESSED, AT_RISK or NON_COMPLIANT", example = "AT_RISK") String verdict,
        @Schema(description = "Restrictions in force on asOf that bind this buyer and programme") List<Restriction> restrictions,
        List<VerdictValue> valueByVerdict,
        @Schema(description = "Announced restrictions not yet in force, with the verdicts the order would have on their date")
        List<Deadline> deadlines) {

    @Schema(name = "Restriction")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Restriction(@Schema(example = "US-DFARS-7052-2027") String id, String title,
                              @Schema(example = "US") String issuer, @Schema(example = "US-DOD") String programme,
                              @Schema(example = "[\"CN\",\"RU\",\"KP\",\"IR\"]") List<String> restrictedOrigins,
                              @Schema(example = "2027-01-01") LocalDate effectiveFrom, LocalDate ended,
                              @Schema(example = "DFARS-2024-FR") String sourceId, String sourceUrl) {
    }

    @Schema(name = "VerdictValue")
    public record VerdictValue(@Schema(example = "NON_COMPLIANT") String verdict, @Schema(example = "3") int lines,
                               @Schema(example = "41200.00") BigDecimal value) {
    }

    @Schema(name = "ComplianceDeadline")
    public record Deadline(@Schema(example = "2027-01-01") LocalDate date, @Schema(example = "37") long daysLeft,
                           List<Restriction> restrictions,
                           @Schema(description = "The order's verdict on that date", example = "NON_COMPLIANT") String verdict,
                           List<VerdictValue> valueByVerdict,
                           @Schema(description = "Lines whose verdict changes on that date") List<LineChange> changes,
                           @Schema(example = "3 lines, USD 41200.00, become NON_COMPLIANT on 2027-01-01") String summary) {
    }

    @Schema(name = "ComplianceLineChange")
    public record LineChange(@Schema(example = "10") int lineNumber, @Schema(example = "COMPLIANT") String from,
                             @Schema(example = "NON_COMPLIANT") String to, @Schema(example = "12400.00") BigDecimal value) {
    }

    @Schema(name = "LineCompliance", description = "The finding that decided a line's buyer-side verdict")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Line(@Schema(example = "AT_RISK") String verdict,
                       @Schema(example = "US-DFARS-7052-MAG") String restrictionId,
                       @Schema(example = "DFARS-2019-IR") String sourceId,
                       @Schema(example = "DY") String material, @Schema(example = "MAGNET") String stage,
                       @Schema(description = "Σ share of the restricted origin countries at that stage", example = "0.940000")
                       BigDecimal restrictedShare,
                       @Schema(description = "DECLARATION, MATERIAL or REE", example = "MATERIAL") String shareOrigin,
                       String declarationId) {
    }
}
