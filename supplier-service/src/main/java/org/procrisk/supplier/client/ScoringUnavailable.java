package org.procrisk.supplier.client;

/** scoring-service could not be reached, or cut its answer short: nothing that depends on it was written. */
public class ScoringUnavailable extends RuntimeException {

    public ScoringUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
