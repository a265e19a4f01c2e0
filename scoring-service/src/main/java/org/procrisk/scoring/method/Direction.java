package org.procrisk.scoring.method;

/** EXPORT: the issuer restricts exports towards the targets. IMPORT: it restricts what its own buyers may take. */
public enum Direction {
    EXPORT, IMPORT
}
