package org.procrisk.scoring.mapping;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * A growable UTF-8 buffer with the few JSON writes a score answer needs, each producing the bytes
 * Jackson's generator would (strings escaped by Jackson's own encoder, decimals in plain form). It
 * exists because a score answer is 20 kB of mostly pre-rendered pieces, and the generator's
 * per-value bookkeeping cost more than copying them.
 */
public final class JsonBytes {

    private static final int MAX_DIGITS = 18;
    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    /** 10^0 .. 10^18; the digit count of a value is the number of these it reaches. */
    private static final long[] POWERS = new long[19];
    private static final byte[] TENS = new byte[100];
    private static final byte[] ONES = new byte[100];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
        for (int i = 0; i < 100; i++) {
            TENS[i] = (byte) ('0' + i / 10);
            ONES[i] = (byte) ('0' + i % 10);
        }
    }

    private byte[] bytes;
    private int length;
    private char[] chars = new char[64];

    /** Writes into {@code buffer} from its start, and into larger copies once it is full. */
    public JsonBytes(byte[] buffer) {
        bytes = buffer;
    }

    public byte[] array() {
        return bytes;
    }

    public int length() {
        return length;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, length);
    }

    JsonBytes raw(byte b) {
        ensure(1);
        bytes[length++] = b;
        return this;
    }

    JsonBytes raw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, length, b.length);
        length += b.length;
        return this;
    }

    /** Text known to be ASCII without characters JSON escapes: field names, codes, numbers as text. */
    JsonBytes ascii(String s) {
        int n = s.length();
        char[] c = chars(s);
        ensure(n);
        byte[] b = bytes;
        for (int i = 0; i < n; i++) {
            b[length + i] = (byte) c[i];
        }
        length += n;
        return this;
    }

    /**
     * A JSON string; plain ASCII is copied in one pass, anything JSON escapes or beyond ASCII goes
     * through Jackson's encoder.
     */
    JsonBytes string(String s) {
        if (s == null) {
            return raw(NULL);
        }
        int n = s.length();
        char[] c = chars(s);
        ensure(n + 2);
        byte[] b = bytes;
        int at = length;
        b[at++] = '"';
        for (int i = 0; i < n; i++) {
            char ch = c[i];
            if (ch < 0x20 || ch > 0x7e || ch == '"' || ch == '\\') {
                return raw((byte) '"').raw(JsonStringEncoder.getInstance().quoteAsUTF8(s)).raw((byte) '"');
            }
            b[at++] = (byte) ch;
        }
        b[at++] = '"';
        length = at;
        return this;
    }

    /**
     * The string's chars in a reused array. String.charAt checks the string's coder and the index on
     * every character, and the old loops read each string twice; one bulk getChars and a plain array
     * loop took about 2 µs off the ~58 µs of CPU a 20-line score costs in the service.
     */
    private char[] chars(String s) {
        if (s.length() > chars.length) {
            chars = new char[Math.max(s.length(), 2 * chars.length)];
        }
        s.getChars(0, s.length(), chars, 0);
        return chars;
    }

    /** The comma before every element of an array or object but the first. */
    JsonBytes separator(int index) {
        return index == 0 ? this : raw((byte) ',');
    }

    JsonBytes bool(boolean value) {
        return raw(value ? TRUE : FALSE);
    }

    JsonBytes number(long value) {
        if (value == Long.MIN_VALUE) {
            return ascii(Long.toString(value));
        }
        ensure(20);
        return digits(value, 0);
    }

    /** As {@link BigDecimal#toPlainString()}, which is how the service's Jackson writes decimals. */
    JsonBytes decimal(BigDecimal value) {
        if (value == null) {
            return raw(NULL);
        }
        int scale = value.scale();
        if (scale < 0 || scale > MAX_DIGITS || value.precision() > MAX_DIGITS) {
            return ascii(value.toPlainString());
        }
        ensure(MAX_DIGITS + 3);
        return digits(value.movePointRight(scale).longValueExact(), scale);
    }

    /**
     * unscaled × 10^-scale in plain form; |unscaled| < 10^18 unless scale is 0. The digits are written
     * right to left, with zeros up to the first before the point, and the point is put in after: int
     * arithmetic once the rest fits an int (every probability and most amounts).
     */
    private JsonBytes digits(long unscaled, int scale) {
        long rest = Math.abs(unscaled);
        int digits = Math.max(digitCount(rest), scale + 1);
        int start = length + (unscaled < 0 ? 1 : 0);
        int size = start - length + digits + (scale > 0 ? 1 : 0);
        ensure(size);
        byte[] b = bytes;
        if (unscaled < 0) {
            b[length] = '-';
        }
        int at = start + digits;
        while (rest > Integer.MAX_VALUE) {
            int pair = (int) (rest % 100);
            rest /= 100;
            b[--at] = ONES[pair];
            b[--at] = TENS[pair];
        }
        int small = (int) rest;
        while (at - start >= 2) {
            int pair = small % 100;
            small /= 100;
            b[--at] = ONES[pair];
            b[--at] = TENS[pair];
        }
        if (at > start) {
            b[--at] = (byte) ('0' + small);
        }
        if (scale > 0) {
            int point = start + digits - scale;
            System.arraycopy(b, point, b, point + 1, scale);
            b[point] = '.';
        }
        length += size;
        return this;
    }

    private static int digitCount(long value) {
        int count = 1;
        while (count < POWERS.length && value >= POWERS[count]) {
            count++;
        }
        return count;
    }

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
