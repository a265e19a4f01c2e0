package org.procrisk.common.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;

import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aLostDatabaseAnywhereInTheChainIsUnavailable() {
        RuntimeException wrapped = new RuntimeException("commit failed",
                new IllegalStateException("pool", new SQLNonTransientConnectionException("Socket fail to connect")));
        assertEquals(TransientFailures.Kind.DATABASE_UNAVAILABLE, TransientFailures.classify(wrapped));
        assertEquals(TransientFailures.Kind.DATABASE_UNAVAILABLE,
                TransientFailures.classify(new RuntimeException(new ConnectException("Connection refused"))));
        assertEquals(TransientFailures.Kind.DATABASE_UNAVAILABLE,
                TransientFailures.classify(new RuntimeException("Unable to acquire JDBC Connection [n/a]")));
    }

    @Test
    void aConnectionLostDuringCommitIsFoundInASuppressedException() {
        Exception xa = new Exception("Error trying to transactionCommit local transaction",
                new SQLNonTransientConnectionException("(conn=11) Socket error"));
        RuntimeException rollback = new RuntimeException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(xa);
        assertEquals(TransientFailures.Kind.DATABASE_UNAVAILABLE,
                TransientFailures.classify(new RuntimeException("Error invoking subclass method", rollback)));
    }

    @Test
    void aDeadlockIsAConcurrentWrite() {
        assertEquals(TransientFailures.Kind.CONCURRENT_WRITE, TransientFailures.classify(
                new RuntimeException(new SQLTransactionRollbackException("Deadlock found when trying to get lock"))));
    }

    @Test
    void anythingElseIsNotTransient() {
        assertEquals(TransientFailures.Kind.NONE, TransientFailures.classify(new IllegalArgumentException("bug")));
    }
}
