package org.procrisk.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private static String entry(String name, String role, String key) {
        return name + ":" + role + ":" + HexFormat.of().formatHex(ApiKeys.sha256(key));
    }

    @Test
    void publishedDemoKeysAreRefusedOutsideADemoAndNamed() {
        List<String> specs = List.of(entry("ops", "admin", "a-real-secret"), entry("demo-reader", "reader", "procrisk-demo-reader"));

        assertThatThrownBy(() -> ApiKeys.parse(specs, 50, 100, false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'demo-reader'")
                .hasMessageContaining("PROCRISK_DEMO=true");
    }

    @Test
    void publishedDemoKeysAreAcceptedInADemo() {
        List<String> specs = List.of(entry("demo-admin", "admin", "procrisk-demo-admin"));

        assertThat(ApiKeys.parse(specs, 50, 100, true)).hasSize(1);
    }

    @Test
    void otherKeysNeedNoDemo() {
        assertThat(ApiKeys.parse(List.of(entry("ops", "admin", "a-real-secret")), 50, 100, false)).hasSize(1);
    }

    /** sha256("change-me-admin-key"): the admin entry that k8s/base/secrets.env once shipped. */
    @Test
    void hashesOfPlaceholderKeysAreRefusedEvenInADemo() {
        String shipped = "admin:admin:e46ccecc1691daf270e15a2bc9d7f81dd085fcf642a6e59cd7de6bbf796b81be";
        assertThatThrownBy(() -> ApiKeys.parse(List.of(shipped), 50, 100, true))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("'admin'").hasMessageContaining("placeholder");
        assertThatThrownBy(() -> ApiKeys.parse(List.of(entry("erp", "reader", "changeme")), 50, 100, false))
                .hasMessageContaining("'erp'");
    }
}
