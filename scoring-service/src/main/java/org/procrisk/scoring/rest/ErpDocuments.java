package org.procrisk.scoring.rest;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;
import org.procrisk.scoring.config.ErpConfig;
import org.procrisk.scoring.mapping.erp.ErpOrder;
import org.procrisk.scoring.mapping.erp.OdooOrderReader;
import org.procrisk.scoring.mapping.erp.SapOrderReader;

/** Reads an ERP's purchase order into a native one, by format name, with the configured company tables. */
@ApplicationScoped
public class ErpDocuments {

    public static final List<String> FORMATS = List.of("sap-v2", "sap-v4", "odoo");

    private final ErpConfig config;

    public ErpDocuments(ErpConfig config) {
        this.config = config;
    }

    public ErpOrder read(String format, JsonNode body, String buyerCountry) {
        return switch (format) {
            case "sap-v2" -> SapOrderReader.read(body, SapOrderReader.Version.V2, buyerCountry, config.companyCodes());
            case "sap-v4" -> SapOrderReader.read(body, SapOrderReader.Version.V4, buyerCountry, config.companyCodes());
            case "odoo" -> OdooOrderReader.read(body, buyerCountry, config.odooCompanies(),
                    "partner-ref".equals(config.odooSupplierKey())
                            ? OdooOrderReader.SupplierKey.PARTNER_REF : OdooOrderReader.SupplierKey.PARTNER_ID);
            default -> throw ProblemException.invalid(List.of(new Problem.FieldError("format", "must be one of " + FORMATS)));
        };
    }
}
