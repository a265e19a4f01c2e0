package org.procrisk.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.procrisk.gateway.testing.TestCertificates;

import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.PfxOptions;

class DownstreamsTest {

    @Test
    void onlyHttpAndHttpsAreSupportedAndTheErrorNamesTheSetting() {
        assertThat(Downstreams.parse("scoring-service", "https://scoring.internal:8443").getPort()).isEqualTo(8443);
        assertThat(Downstreams.parse("scoring-service", "HTTP://scoring").getHost()).isEqualTo("scoring");
        assertThatThrownBy(() -> Downstreams.parse("scoring-service", "ftp://scoring"))
                .hasMessageContaining("gateway.services.scoring-service.url").hasMessageContaining("'ftp'");
        assertThatThrownBy(() -> Downstreams.parse("scoring-service", "scoring:8082"))
                .hasMessageContaining("is not supported");
    }

    @Test
    void aTrustStoreThatCannotBeReadIsNamed(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nope.pem");
        assertThatThrownBy(() -> Downstreams.trust("supplier-service", Optional.of(missing.toString()), Optional.empty()))
                .hasMessageContaining("gateway.services.supplier-service.trust-store").hasMessageContaining("nope.pem");
        Path garbage = Files.writeString(dir.resolve("garbage.pem"), "not a certificate");
        assertThatThrownBy(() -> Downstreams.trust("supplier-service", Optional.of(garbage.toString()), Optional.empty()))
                .hasMessageContaining("garbage.pem");
    }

    @Test
    void pemAndPkcs12StoresAreRead(@TempDir Path dir) {
        TestCertificates tls = TestCertificates.create(dir);
        assertThat(Downstreams.trust("s", Optional.of(tls.certificate().toString()), Optional.empty()))
                .get().isInstanceOf(PemTrustOptions.class);
        assertThat(Downstreams.trust("s", Optional.of(tls.keystore().toString()), Optional.of(TestCertificates.PASSWORD)))
                .get().isInstanceOf(PfxOptions.class);
        assertThatThrownBy(() -> Downstreams.trust("s", Optional.of(tls.keystore().toString()), Optional.of("wrong")))
                .hasMessageContaining("cannot be used");
        assertThat(Downstreams.trust("s", Optional.empty(), Optional.empty())).isEmpty();
    }
}
