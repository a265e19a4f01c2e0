package org.procrisk.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    @ParameterizedTest
    @ValueSource(strings = {"change-me-internal-token", "change-me-db-password", "CHANGE_ME", "changeme", "replace-me-later",
            "<your token>", "your-password", "xxxxxxxx", "********", "secret", "Password", "placeholder", "TODO"})
    void placeholdersAreRefused(String value) {
        assertThat(Placeholders.problem(value)).contains("is a placeholder");
    }

    @Test
    void emptyIsRefused() {
        assertThat(Placeholders.problem("")).contains("is empty");
        assertThat(Placeholders.problem("  ")).contains("is empty");
        assertThat(Placeholders.problem(null)).contains("is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"3f9a1c0e7d5b2a4c6e8f0a1b3c5d7e9f", "Kx7-pQ2-vR9-zM4", "exchange-me-not-9f3a", "tested-7b2c-secretive"})
    void realLookingSecretsPass(String value) {
        assertThat(Placeholders.problem(value)).isEmpty();
    }
}
