package org.procrisk.scoring.bom;

import java.util.List;

import org.procrisk.common.problem.Problem;
import org.procrisk.common.problem.ProblemException;

/** The problems a BOM can cause, so that every reader words them the same way. */
public final class BomProblems {

    private BomProblems() {
    }

    /** 400: the input cannot be read; {@code where} names the row and column or the path. */
    public static ProblemException malformed(String where, String message) {
        return new ProblemException(400, capitalise(where) + ": " + message, List.of(new Problem.FieldError(where, message)));
    }

    public static ProblemException malformed(List<Problem.FieldError> errors) {
        if (errors.size() == 1) {
            return malformed(errors.get(0).field(), errors.get(0).message());
        }
        return new ProblemException(400, errors.size() + " problems in the bill of materials; see errors", errors);
    }

    public static ProblemException tooLarge(String detail) {
        return new ProblemException(413, detail);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The 413 problem when reading stopped at the size limit; otherwise the failure itself. */
    public static ProblemException tooLargeOr(java.io.IOException e) throws java.io.IOException {
        LimitedInputStream.LimitExceeded tooLarge = LimitedInputStream.find(e);
        if (tooLarge != null) {
            return tooLarge(tooLarge.getMessage());
        }
        throw e;
    }
}
