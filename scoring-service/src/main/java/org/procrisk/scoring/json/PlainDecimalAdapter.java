package org.procrisk.scoring.json;

import java.math.BigDecimal;

import io.avaje.json.JsonAdapter;
import io.avaje.json.JsonReader;
import io.avaje.json.JsonWriter;

/** Money, shares and probabilities as plain decimals with their scale (12400.00, never 1.24E+4). */
final class PlainDecimalAdapter implements JsonAdapter<BigDecimal> {

    @Override
    public void toJson(JsonWriter writer, BigDecimal value) {
        if (value == null) {
            writer.nullValue();
        } else {
            writer.rawValue(value.toPlainString());
        }
    }

    @Override
    public BigDecimal fromJson(JsonReader reader) {
        return reader.readDecimal();
    }
}
