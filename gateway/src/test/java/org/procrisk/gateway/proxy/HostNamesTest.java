package org.procrisk.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The hand-written Host check against the regular expression it replaced on the hot path. */
class HostNamesTest {

    private static final Pattern HOST = Pattern.compile(
            "(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::\\d{1,5})?");

    @Test
    void acceptsAndRefusesWhatTheExpressionDoes() {
        String[] cases = {"", "a", "a:", ":80", "api.example.com", "api.example.com:8443", "api.example.com:123456",
            "-a", "a-", "a.", ".a", "a..b", "a b", "a_b", "localhost:0", "[::1]", "[::1]:8080", "[1]", "[::]",
            "[::1", "::1]", "[::1]x", "[::1]:", "[g::1]", "[" + "1:".repeat(22) + "1]", "[" + "1:".repeat(23) + "]",
            "a".repeat(253), "a".repeat(254), "a".repeat(253) + ":1", "é.example", "a:8o", "a:80:80", "[::1]]",
            "example.com\r\nX: y", "1.2.3.4:65535"};
        for (String c : cases) {
            assertThat(HostNames.isHost(c)).as("'%s'", c).isEqualTo(HOST.matcher(c).matches());
        }
    }

    @Test
    void agreesOnRandomValuesOfTheCharactersThatMatter() {
        Random random = new Random(20261206);
        String alphabet = "aZ09.-:[]fG_ é";
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(10) == 0 ? 240 + random.nextInt(25) : random.nextInt(14);
            StringBuilder s = new StringBuilder(length);
            for (int j = 0; j < length; j++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String value = s.toString();
            boolean expected = HOST.matcher(value).matches();
            assertThat(HostNames.isHost(value)).as("'%s'", value).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).as("accepted values among the random ones").isGreaterThan(1_000);
    }
}
