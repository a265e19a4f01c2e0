package org.procrisk.scoring.method;

import java.util.EnumSet;
import java.util.Set;

/** The physical form of a material on an order line or in a control, and the supply stages it reaches. */
public enum Form {
    ORE, OXIDE, METAL, ALLOY, COMPOUND, MAGNET, TECHNOLOGY, EQUIPMENT, ANY;

    /** Stages whose shares describe where a material bought in this form came through. */
    public Set<Stage> lineStages() {
        return switch (this) {
            case ORE -> EnumSet.of(Stage.MINING);
            case OXIDE, METAL, ALLOY, COMPOUND -> EnumSet.of(Stage.MINING, Stage.REFINING);
            case MAGNET -> EnumSet.allOf(Stage.class);
            case TECHNOLOGY, EQUIPMENT, ANY -> EnumSet.noneOf(Stage.class);
        };
    }

    /** Stages a control listing this form bites on. */
    public Set<Stage> controlStages() {
        return switch (this) {
            case ORE -> EnumSet.of(Stage.MINING);
            case OXIDE, METAL, ALLOY, COMPOUND -> EnumSet.of(Stage.REFINING);
            case MAGNET -> EnumSet.of(Stage.MAGNET);
            case ANY -> EnumSet.allOf(Stage.class);
            case TECHNOLOGY, EQUIPMENT -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean isContextOnly() {
        return this == TECHNOLOGY || this == EQUIPMENT;
    }

    /** Forms a purchase-order line can carry (technology and equipment are not materials). */
    public boolean isMaterialForm() {
        return !isContextOnly() && this != ANY;
    }
}
