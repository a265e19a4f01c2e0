package org.procrisk.scoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The hand-written JSON writes against what Jackson writes for the same values. */
class JsonBytesTest {

    private final ObjectMapper jackson = new ObjectMapper();

    @Test
    void decimalsAreWrittenAsToPlainStringWritesThem() {
        for (String value : new String[] {"0", "0.00", "0.000000", "-0.05", "5E-6", "0.000001", "12400.00", "-12400.00",
                "0.5", "1.000000", "9801.0", "10834018.13", "999999999999999999", "-999999999999999999",
                "0.999999999999999999", "1E+3", "-2.5E+7", "12345678901234567890.5", "1E-30", "123456789.123456789012"}) {
            BigDecimal decimal = new BigDecimal(value);
            assertThat(new JsonBytes(new byte[4]).decimal(decimal).toString()).as(value).isEqualTo(decimal.toPlainString());
        }
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = random.nextLong() % 1_000_000_000_000_000_000L / (long) Math.pow(10, random.nextInt(18));
            BigDecimal decimal = BigDecimal.valueOf(unscaled, random.nextInt(21) - 1);
            assertThat(new JsonBytes(new byte[8]).decimal(decimal).toString()).as("%s", decimal)
                    .isEqualTo(decimal.toPlainString());
        }
    }

    @Test
    void wholeNumbersAsJacksonWritesThem() throws Exception {
        for (long value : new long[] {0, 7, -7, 10, 99, 100, 123456789, Long.MAX_VALUE, Long.MIN_VALUE, -1_000_000_000_000L}) {
            assertThat(new JsonBytes(new byte[2]).number(value).toString()).isEqualTo(jackson.writeValueAsString(value));
        }
    }

    @Test
    void stringsAreEscapedAsJacksonEscapesThem() throws Exception {
        for (String value : new String[] {"", "PO-1", "Nippon \"Magnet\" KK", "back\\slash", "tab\tnew\nline\r", "\u0001\u001f",
                "Mülheim an der Ruhr", "包头稀土", "emoji \uD83E\uDDF2", "del\u007f", "</script>"}) {
            assertThat(new JsonBytes(new byte[1]).string(value).toString()).as(value).isEqualTo(jackson.writeValueAsString(value));
        }
        assertThat(new JsonBytes(new byte[1]).string(null).toString()).isEqualTo("null");
    }

    @Test
    void growsPastTheBufferItWasGiven() {
        byte[] start = new byte[3];
        JsonBytes json = new JsonBytes(start).raw(new byte[] {'[', '1', ','}).number(123456).raw((byte) ']');

        assertThat(json.toString()).isEqualTo("[1,123456]");
        assertThat(json.array()).isNotSameAs(start);
        assertThat(json.length()).isEqualTo(10);
    }
}
