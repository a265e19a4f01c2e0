package org.procrisk.scoring.method;

/** A registered supplier; {@code externalId} is the buyer's vendor number that order lines carry. */
public record Supplier(String id, String externalId, String name, String country) {
}
