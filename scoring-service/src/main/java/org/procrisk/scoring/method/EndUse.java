package org.procrisk.scoring.method;

public enum EndUse {
    CIVIL, MILITARY
}
