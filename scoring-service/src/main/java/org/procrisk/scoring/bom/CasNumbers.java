package org.procrisk.scoring.bom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.procrisk.scoring.method.Form;

/** The CAS numbers of bom/cas-numbers.csv: which tracked material and form each names, if any. */
public final class CasNumbers {

    /** {@code material} null: a known substance that is not a tracked material. */
    public record Substance(String cas, String material, Form form, String name) {
        public boolean tracked() {
            return material != null;
        }
    }

    private static final Map<String, Substance> TABLE = load();

    private CasNumbers() {
    }

    /** The substance, or null when the number is not in the table. */
    public static Substance lookup(String cas) {
        return cas == null ? null : TABLE.get(cas.strip());
    }

    public static Map<String, Substance> all() {
        return TABLE;
    }

    /** CAS check digit: the digits before it, weighted 1, 2, 3... from the right, sum mod 10. */
    public static boolean isWellFormed(String cas) {
        if (cas == null || !cas.matches("[0-9]{2,7}-[0-9]{2}-[0-9]")) {
            return false;
        }
        String digits = cas.replace("-", "");
        int sum = 0;
        for (int i = digits.length() - 2, weight = 1; i >= 0; i--, weight++) {
            sum += weight * (digits.charAt(i) - '0');
        }
        return sum % 10 == digits.charAt(digits.length() - 1) - '0';
    }

    private static Map<String, Substance> load() {
        Map<String, Substance> table = new HashMap<>();
        try (InputStream in = CasNumbers.class.getResourceAsStream("/bom/cas-numbers.csv");
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.startsWith("cas,") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                String material = f[1].isEmpty() ? null : f[1];
                table.put(f[0], new Substance(f[0], material, material == null ? null : Form.valueOf(f[2]), f[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(table);
    }
}
