package org.procrisk.testing;

import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives each test run of a service a fresh private MariaDB, so {@code ./mvnw verify} needs nothing
 * running beforehand and never touches a developer's own database. An explicitly configured
 * {@code QUARKUS_DATASOURCE_JDBC_URL} wins: then that database is used as it is.
 * Tests can take the server with a field annotated {@link InjectMariaDb} to stop and restart it.
 */
public class MariaDbTestResource implements QuarkusTestResourceLifecycleManager {

    private PrivateMariaDb server;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        server = PrivateMariaDb.fresh(Path.of("target", "test-db")).start();
        return Map.of(
                "quarkus.datasource.jdbc.url", server.jdbcUrl(),
                "quarkus.datasource.username", server.username(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(server,
                new TestInjector.AnnotatedAndMatchesType(InjectMariaDb.class, PrivateMariaDb.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
