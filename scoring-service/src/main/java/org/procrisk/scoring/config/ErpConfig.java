package org.procrisk.scoring.config;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How purchase orders from SAP S/4HANA and Odoo are read, and the save-time decision on them. */
@ConfigMapping(prefix = "scoring.erp")
public interface ErpConfig {

    /** ISO country of each SAP company code ({@code CompanyCode}), the buyer of its orders. */
    Map<String, String> companyCodes();

    /** ISO country of each Odoo company ({@code company_id}). */
    Map<String, String> odooCompanies();

    /** Which field of an Odoo order is the supplier's externalId in the registry: partner-id or partner-ref. */
    @WithDefault("partner-id")
    String odooSupplierKey();

    Decision decision();

    /** The save-time decision: BLOCK, else WARN, else ALLOW. */
    interface Decision {
        /** Risk tiers that block the order. */
        @WithDefault("CRITICAL")
        List<String> blockTiers();

        /** Risk tiers that warn. */
        @WithDefault("HIGH")
        List<String> warnTiers();

        /** Whether a NON_COMPLIANT buyer-side verdict (DFARS, for orders naming programmes) blocks; AT_RISK warns. */
        @WithDefault("true")
        boolean blockNonCompliant();
    }
}
