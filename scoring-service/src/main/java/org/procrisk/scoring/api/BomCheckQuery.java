package org.procrisk.scoring.api;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The settings of a check as query parameters, for formats that cannot carry them (CSV, CycloneDX,
 * IPC-1752A). Lists are comma-separated. In a JSON body, the body's fields win over these.
 */
public class BomCheckQuery {

    @QueryParam("buyerCountry")
    @Parameter(description = "Buyer's country, ISO 3166-1 alpha-2 (required here or in the JSON body)", example = "DE")
    public String buyerCountry;

    @QueryParam("currency")
    @Parameter(description = "ISO 4217 currency of unitPrice in a priced BOM", example = "EUR")
    public String currency;

    @QueryParam("asOf")
    @Parameter(description = "Date the BOM is checked for (ISO-8601); today (UTC) when omitted", example = "2026-11-25")
    public String asOf;

    @QueryParam("endUse")
    @Parameter(description = "CIVIL or MILITARY; MILITARY by default when a restricted programme is named", example = "CIVIL")
    public String endUse;

    @QueryParam("programmes")
    @Parameter(description = "Buyer programmes, e.g. US-DOD (DFARS 225.7018 checks)", example = "US-DOD")
    public String programmes;

    @QueryParam("maxRefiningShare")
    @Parameter(description = "Policy: FAIL above this top refining share", example = "0.8")
    public String maxRefiningShare;

    @QueryParam("maxRefiningShareByMaterial")
    @Parameter(description = "Policy: per-material limits as CODE:share pairs", example = "DY:0.5,TB:0.5")
    public String maxRefiningShareByMaterial;

    @QueryParam("bannedOriginCountries")
    @Parameter(description = "Policy: FAIL when a stage's supply includes one of these countries", example = "RU")
    public String bannedOriginCountries;

    @QueryParam("exportControls")
    @Parameter(description = "Policy: FAIL, WARN or IGNORE for export controls in force", example = "WARN")
    public String exportControls;

    @QueryParam("minCoverage")
    @Parameter(description = "Policy: FAIL below this share of the BOM scored", example = "0.8")
    public String minCoverage;

    @QueryParam("ignoreMaterials")
    @Parameter(description = "Policy: material codes to leave out", example = "MO")
    public String ignoreMaterials;

    @QueryParam("unknownMaterials")
    @Parameter(description = "Policy: FAIL, WARN or IGNORE for unknown material codes and CAS numbers", example = "WARN")
    public String unknownMaterials;

    @QueryParam("buyerRestrictions")
    @Parameter(description = "Policy: FAIL, WARN or IGNORE for NON_COMPLIANT buyer-side verdicts", example = "FAIL")
    public String buyerRestrictions;
}
