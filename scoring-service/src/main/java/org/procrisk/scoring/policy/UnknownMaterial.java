package org.procrisk.scoring.policy;

/** A material code or CAS number in the BOM that the dataset does not know, and where it was. */
public record UnknownMaterial(int lineNumber, String code, String location) {
}
