package org.procrisk.supplier.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.procrisk.testing.MariaDbTestResource;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class SchemaMigrationTest {

    @Inject
    Flyway flyway;

    @ConfigProperty(name = "quarkus.hibernate-orm.schema-management.strategy")
    String schemaStrategy;

    @Test
    void flywayAppliedEveryMigrationInTheTestDatabase() {
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(applied).isNotEmpty();
        assertThat(applied).allSatisfy(m -> assertThat(m.getState().isApplied()).isTrue());
        assertThat(applied[0].getVersion().getVersion()).isEqualTo("1");
        assertThat(flyway.info().pending()).isEmpty();
    }

    @Test
    void hibernateOnlyValidatesTheSchemaFlywayOwns() {
        assertThat(schemaStrategy).isEqualTo("validate");
    }
}
