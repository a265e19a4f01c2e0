package org.procrisk.scoring.method;

import java.util.List;

/** A registry part as scoring needs it: its number and composition (descriptions are not read). */
public record Part(String partNumber, List<Component> composition) {
    public Part {
        composition = List.copyOf(composition);
    }
}
