package org.procrisk.scoring.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.procrisk.scoring.method.OrderExposure;

/**
 * Many orders' exposures added up in one reporting currency, unrounded: the answer rounds them.
 *
 * @param orders        each order's exposure, in the order given
 * @param byMaterial    per material: value of the scored lines containing it, and Σ value × P_m
 * @param measures      the measure of each control that bit on a line
 */
public record Portfolio(String reportingCurrency, List<OrderExposure> orders, int lines, BigDecimal totalValue,
                        BigDecimal scoredValue, BigDecimal controlValueAtRisk, BigDecimal singleCountryRefiningValue,
                        BigDecimal coverage, int score, Map<String, BigDecimal[]> byMaterial,
                        Map<String, BigDecimal> byRefiningCountry, Map<String, BigDecimal> byControl,
                        Map<String, String> measures) {
}
