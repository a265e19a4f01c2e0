package org.procrisk.scoring.json;

import java.math.BigDecimal;

import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;

/**
 * Money, shares and probabilities as plain decimals with their scale (12400.00, never 1.24E+4).
 * Where {@code toString} gives the plain form it is used instead of {@code toPlainString}: a BigDecimal
 * keeps its {@code toString}, and an answer's evidence shares its decimals with every answer.
 */
final class PlainDecimalAdapter implements JsonAdapter<BigDecimal> {

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) {
        if (value == null) {
            writer.nullValue();
        } else {
            writer.rawValue(plain(value));
        }
    }

    /** {@code toString} is plain exactly when the scale is not negative and the adjusted exponent is at least -6. */
    static String plain(BigDecimal value) {
        int scale = value.scale();
        return scale >= 0 && value.precision() - scale - 1 >= -6 ? value.toString() : value.toPlainString();
    }

    @Override
    public BigDecimal fromJson(JsonReader reader) {
        return reader.readDecimal();
    }
}
