package org.procrisk.common.problem;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;

/**
 * Failures that say nothing is wrong with the request, only with the moment: the database is away
 * (503, retry later) or a concurrent transaction won a lock (409, retry now). Told apart by the cause
 * chain, so that services need not depend on a particular persistence library here.
 */
final class TransientFailures {

    enum Kind {
        DATABASE_UNAVAILABLE, CONCURRENT_WRITE, NONE
    }

    private TransientFailures() {
    }

    /** Walks causes and suppressed exceptions: a failed commit hides the lost connection in a suppressed XAException. */
    static Kind classify(Throwable e) {
        return classify(e, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()), 0);
    }

    private static Kind classify(Throwable t, java.util.Set<Throwable> seen, int depth) {
        if (t == null || depth > 20 || !seen.add(t)) {
            return Kind.NONE;
        }
        String name = t.getClass().getSimpleName();
        String message = String.valueOf(t.getMessage());
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof ConnectException || name.equals("JDBCConnectionException")
                || message.contains("Unable to acquire JDBC Connection")) {
            return Kind.DATABASE_UNAVAILABLE;
        }
        if (t instanceof SQLTransactionRollbackException || name.equals("PessimisticLockException")
                || name.equals("LockTimeoutException") || name.equals("LockAcquisitionException")
                || message.contains("Deadlock found")) {
            return Kind.CONCURRENT_WRITE;
        }
        Kind kind = classify(t.getCause(), seen, depth + 1);
        for (Throwable suppressed : t.getSuppressed()) {
            if (kind != Kind.NONE) {
                break;
            }
            kind = classify(suppressed, seen, depth + 1);
        }
        return kind;
    }
}
