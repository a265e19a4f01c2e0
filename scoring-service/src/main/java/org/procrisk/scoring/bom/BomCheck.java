package org.procrisk.scoring.bom;

import org.procrisk.scoring.method.OrderExposure;
import org.procrisk.scoring.policy.PolicyResult;

/**
 * A bill of materials as checked: its lines, their exposure as one unpriced (or priced) order, the
 * policy's verdict, and what the format told besides (IPC-1752A substances not tracked, the fate of
 * each CycloneDX component).
 */
public record BomCheck(AssembledBom bom, OrderExposure exposure, PolicyResult result, BomCheckSettings settings,
                       BomFormat format, Integer untrackedSubstances, ComponentReport report) {
}
