package org.procrisk.scoring.method;

/** One material of a part or an inline line composition. */
public record Component(String material, Form form, double massKgPerUnit) {
}
