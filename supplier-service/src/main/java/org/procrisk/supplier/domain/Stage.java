package org.procrisk.supplier.domain;

public enum Stage {
    MINING, REFINING, MAGNET
}
