package org.procrisk.scoring.method;

public enum Stage {
    MINING, REFINING, MAGNET
}
