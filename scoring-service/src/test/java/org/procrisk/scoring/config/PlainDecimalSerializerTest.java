package org.procrisk.scoring.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.procrisk.common.http.JsonConfig;

import com.fasterxml.jackson.databind.ObjectMapper;

class PlainDecimalSerializerTest {

    private final ObjectMapper json = configured();

    @Test
    void writesWhatToPlainStringWrites() throws Exception {
        for (String value : new String[] {"0", "0.00", "0.000000", "-0.05", "5E-6", "0.000001", "12400.00", "-12400.00", "0.5",
                "1.000000", "9801.0", "10834018.13", "999999999999999999", "-999999999999999999", "0.999999999999999999",
                "1E+3", "-2.5E+7", "12345678901234567890.5", "1E-30", "123456789.123456789012"}) {
            BigDecimal decimal = new BigDecimal(value);
            assertThat(json.writeValueAsString(decimal)).as(value).isEqualTo(decimal.toPlainString());
        }
    }

    @Test
    void agreesWithToPlainStringOnRandomValuesOfEveryScale() throws Exception {
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            long unscaled = random.nextLong() % 1_000_000_000_000_000_000L / (long) Math.pow(10, random.nextInt(18));
            BigDecimal decimal = BigDecimal.valueOf(unscaled, random.nextInt(21) - 1);
            assertThat(json.writeValueAsString(decimal)).as("%s", decimal).isEqualTo(decimal.toPlainString());
        }
    }

    @Test
    void appliesInsideObjectsAndMaps() throws Exception {
        assertThat(json.writeValueAsString(Map.of("CN", new BigDecimal("0.706"))))
                .isEqualTo("{\"CN\":0.706}");
    }

    private static ObjectMapper configured() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonConfig().customize(mapper);
        new FastJson().customize(mapper);
        return mapper;
    }
}
