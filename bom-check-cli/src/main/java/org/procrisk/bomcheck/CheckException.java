package org.procrisk.bomcheck;

/** Anything that keeps a check from giving a verdict: exit status 3 with this message. */
public class CheckException extends RuntimeException {

    public CheckException(String message) {
        super(message);
    }

    public CheckException(String message, Throwable cause) {
        super(message, cause);
    }
}
