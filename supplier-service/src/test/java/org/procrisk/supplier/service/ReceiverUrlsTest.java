package org.procrisk.supplier.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Receivers are https on public addresses, judged on the addresses a name resolves to. */
class ReceiverUrlsTest {

    private final ReceiverUrls strict = new ReceiverUrls(false, false, false);

    @Test
    void onlyHttpsToPublicAddressesByDefault() {
        assertThat(strict.refusal("https://8.8.8.8/hook")).isNull();
        assertThat(strict.refusal("http://8.8.8.8/hook")).isEqualTo("must be an https URL");
        assertThat(strict.refusal("https://127.0.0.1/hook")).isEqualTo("resolves to 127.0.0.1, a loopback address");
        assertThat(strict.refusal("https://localhost/hook")).startsWith("resolves to ").endsWith("a loopback address");
        assertThat(strict.refusal("https://10.1.2.3/hook")).isEqualTo("resolves to 10.1.2.3, a private address");
        assertThat(strict.refusal("https://192.168.0.10/hook")).endsWith("a private address");
        assertThat(strict.refusal("https://172.20.0.1/hook")).endsWith("a private address");
        assertThat(strict.refusal("https://100.64.1.1/hook")).endsWith("a private address");
        assertThat(strict.refusal("https://169.254.169.254/latest/meta-data")).endsWith("a link-local, wildcard or multicast address");
        assertThat(strict.refusal("https://0.0.0.0/hook")).endsWith("a link-local, wildcard or multicast address");
        assertThat(strict.refusal("https://[::1]/hook")).endsWith("a loopback address");
        assertThat(strict.refusal("https://[fd00::1]/hook")).endsWith("a private address");
        assertThat(strict.refusal("https://user:pw@8.8.8.8/hook")).isEqualTo("must name a host, with no user info and no fragment");
        assertThat(strict.refusal("https://no-such-host.invalid/hook")).isEqualTo("names a host that does not resolve");
        assertThat(strict.refusal("not a url at all")).isNotNull();
    }

    @Test
    void configurationMayAllowHttpLoopbackAndPrivateReceivers() {
        ReceiverUrls local = new ReceiverUrls(true, true, false);
        assertThat(local.refusal("http://127.0.0.1:8099/hook")).isNull();
        assertThat(local.refusal("http://10.1.2.3/hook")).endsWith("a private address");
        assertThat(new ReceiverUrls(false, false, true).refusal("https://10.1.2.3/hook")).isNull();
        assertThat(local.refusal("https://169.254.169.254/")).endsWith("a link-local, wildcard or multicast address");
    }
}
