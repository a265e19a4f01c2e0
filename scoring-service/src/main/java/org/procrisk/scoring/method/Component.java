package org.procrisk.scoring.method;

import java.math.BigDecimal;

/**
 * One material of a part or an inline line composition. {@code mass} is the mass as answers publish it
 * (the shortest decimal of the double), made once with the component: a registry part's components are
 * made once per dataset, and deriving the decimal from a double is slow.
 */
public record Component(String material, Form form, double massKgPerUnit, BigDecimal mass) {

    public Component(String material, Form form, double massKgPerUnit) {
        this(material, form, massKgPerUnit, BigDecimal.valueOf(massKgPerUnit));
    }
}
