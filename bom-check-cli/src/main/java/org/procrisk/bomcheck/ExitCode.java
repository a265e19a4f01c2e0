package org.procrisk.bomcheck;

/** The contract with pipelines: what each exit status means. */
public final class ExitCode {

    public static final int PASS = 0;
    public static final int FAIL = 1;
    public static final int WARN = 2;
    public static final int ERROR = 3;

    private ExitCode() {
    }

    /** WARN fails the pipeline only when asked to. */
    public static int of(String verdict, boolean failOnWarn) {
        return switch (verdict) {
            case "PASS" -> PASS;
            case "WARN" -> failOnWarn ? WARN : PASS;
            case "FAIL" -> FAIL;
            default -> throw new CheckException("unexpected verdict '" + verdict + "' from the server");
        };
    }
}
