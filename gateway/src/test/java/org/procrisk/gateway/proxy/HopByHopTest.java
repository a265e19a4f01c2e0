package org.procrisk.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import io.vertx.core.MultiMap;

class HopByHopTest {

    @Test
    void connectionAndTheFieldsItNamesStayOnTheirConnection() {
        MultiMap from = MultiMap.caseInsensitiveMultiMap()
                .add("Host", "gateway.example").add("Connection", "keep-alive, X-Hop").add("X-Hop", "1")
                .add("Keep-Alive", "timeout=5").add("TE", "trailers").add("Transfer-Encoding", "chunked")
                .add("Content-Length", "12").add("Accept", "application/json").add("accept", "text/csv")
                .add("X-Request-Id", "r-1");
        MultiMap to = MultiMap.caseInsensitiveMultiMap();

        HopByHop.copyRequestHeaders(from, to);

        assertThat(to.names()).containsExactlyInAnyOrder("Accept", "X-Request-Id");
        assertThat(to.getAll("Accept")).containsExactly("application/json", "text/csv");
    }

    @Test
    void theGatewaysOwnAnswerHeadersGoOutOnceAndVaryListsAdd() {
        MultiMap service = MultiMap.caseInsensitiveMultiMap()
                .add("X-Request-Id", "service-copy").add("Vary", "Accept").add("ETag", "\"v1\"")
                .add("Content-Length", "99").add("Upgrade", "h2c");
        MultiMap own = MultiMap.caseInsensitiveMultiMap().add("X-Request-Id", "r-1").add("Vary", "Origin");

        HopByHop.copyAnswerHeaders(service, own);

        assertThat(own.getAll("X-Request-Id")).containsExactly("r-1");
        assertThat(own.getAll("Vary")).containsExactly("Origin", "Accept");
        assertThat(own.get("ETag")).isEqualTo("\"v1\"");
        assertThat(own.contains("Content-Length")).isFalse();
        assertThat(own.contains("Upgrade")).isFalse();
    }

    @Test
    void lengthsThatAreNotNumbersCountAsNone() {
        assertThat(HopByHop.contentLength(MultiMap.caseInsensitiveMultiMap().add("Content-Length", " 42 "))).isEqualTo(42);
        assertThat(HopByHop.contentLength(MultiMap.caseInsensitiveMultiMap().add("Content-Length", "4x"))).isEqualTo(-1);
        assertThat(HopByHop.contentLength(MultiMap.caseInsensitiveMultiMap())).isEqualTo(-1);
    }

    @Test
    void datesAreImfFixdatesWithTwoDigitDays() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-06T09:05:03.750Z"), ZoneOffset.UTC);

        assertThat(new HttpDates(clock).now()).isEqualTo("Sun, 06 Dec 2026 09:05:03 GMT");
    }
}
