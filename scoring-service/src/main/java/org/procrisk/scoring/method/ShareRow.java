package org.procrisk.scoring.method;

/** One global country share of the reference data. */
public record ShareRow(String material, Stage stage, String country, double share, int year, String sourceId,
                       String basis) {
}
