package org.procrisk.gateway.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.vertx.core.buffer.Buffer;

/** The pieces of a gathered answer joined in order, and a single piece sent as it came. */
class GatheredPiecesTest {

    @Test
    void noPieceIsAnEmptyBody() {
        assertThat(new Forwarder.Pieces().joined().length()).isZero();
    }

    @Test
    void onePieceIsSentAsItCame() {
        Forwarder.Pieces pieces = new Forwarder.Pieces();
        Buffer only = Buffer.buffer("{\"materials\":[]}");
        pieces.handle(only);
        assertThat(pieces.joined()).isSameAs(only);
    }

    @Test
    void severalPiecesAreJoinedInOrder() {
        Forwarder.Pieces pieces = new Forwarder.Pieces();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            String piece = "piece " + i + " é ".repeat(i * 300);
            expected.append(piece);
            pieces.handle(Buffer.buffer(piece));
        }
        Buffer joined = pieces.joined();
        assertThat(joined.length()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8).length);
        assertThat(joined.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
