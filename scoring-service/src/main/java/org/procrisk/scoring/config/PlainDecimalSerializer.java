package org.procrisk.scoring.config;

import java.io.IOException;
import java.math.BigDecimal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a BigDecimal exactly as {@link BigDecimal#toPlainString()} would, straight from its unscaled
 * value into a small buffer. A score answer holds a hundred or more money amounts and probabilities,
 * and the two strings toPlainString builds for each were a visible part of writing it. Values beyond
 * 18 digits, or with a negative scale, take toPlainString itself.
 */
public final class PlainDecimalSerializer extends StdSerializer<BigDecimal> {

    private static final int MAX_DIGITS = 18;

    public PlainDecimalSerializer() {
        super(BigDecimal.class);
    }

    @Override
    public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        write(value, generator);
    }

    /** For writers of hot types, which call this directly rather than look the serializer up per value. */
    public static void write(BigDecimal value, JsonGenerator generator) throws IOException {
        int scale = value.scale();
        if (scale < 0 || scale > MAX_DIGITS || value.precision() > MAX_DIGITS) {
            generator.writeNumber(value.toPlainString());
            return;
        }
        // A fresh small array is cheaper than a ThreadLocal on the event loop threads, whose maps are crowded
        char[] out = new char[MAX_DIGITS + 3];
        int length = format(value.movePointRight(scale).longValueExact(), scale, out);
        generator.writeNumber(out, out.length - length, length);
    }

    /** Writes the plain form of unscaled × 10^-scale right-aligned into {@code out}; returns its length. */
    static int format(long unscaled, int scale, char[] out) {
        int at = out.length;
        long rest = Math.abs(unscaled); // |unscaled| < 10^18, so no overflow
        int digits = 0;
        do {
            out[--at] = (char) ('0' + rest % 10);
            rest /= 10;
            digits++;
            if (digits == scale) {
                if (rest == 0) {
                    break;
                }
                out[--at] = '.';
            }
        } while (rest > 0);
        if (scale > 0 && digits <= scale) {
            while (digits < scale) {
                out[--at] = '0';
                digits++;
            }
            out[--at] = '.';
            out[--at] = '0';
        }
        if (unscaled < 0) {
            out[--at] = '-';
        }
        return out.length - at;
    }
}
