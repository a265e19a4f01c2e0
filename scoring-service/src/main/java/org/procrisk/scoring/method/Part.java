package org.procrisk.scoring.method;

import java.util.List;

public record Part(String partNumber, String description, List<Component> composition) {
    public Part {
        composition = List.copyOf(composition);
    }
}
