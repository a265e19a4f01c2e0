package org.procrisk.scoring.bom;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the CSV profile of docs/bom-checks.md: a header row naming some of {@link #COLUMNS} (lineNumber
 * and quantity required, any order, case-insensitive), then one row per line or per material of a line.
 * RFC 4180 quoting; ',' or ';' as delimiter, whichever the header uses first. Rows are numbered as a
 * spreadsheet shows them (the header is row 1), columns from 1.
 */
public final class CsvBomReader {

    static final List<String> COLUMNS = List.of("lineNumber", "partNumber", "description", "quantity", "unitPrice",
            "supplierId", "material", "form", "massKgPerUnit");

    private final Reader in;
    private final int maxRows;
    private char delimiter;
    private int row = 1;

    public CsvBomReader(Reader in, int maxRows) {
        this.in = in;
        this.maxRows = maxRows;
    }

    public List<BomRow> read() throws IOException {
        if (peek() == '\uFEFF') {
            next();
        }
        List<String> header = record();
        if (header == null || header.size() == 1 && header.get(0).isBlank()) {
            throw BomProblems.malformed("row 1", "the header row is missing; expected columns " + String.join(",", COLUMNS));
        }
        int[] index = columns(header);
        List<BomRow> rows = new ArrayList<>();
        for (row = 2; ; row++) {
            List<String> fields = record();
            if (fields == null) {
                break;
            }
            if (fields.size() == 1 && fields.get(0).isEmpty()) {
                continue;
            }
            if (fields.size() != header.size()) {
                throw BomProblems.malformed("row " + row, fields.size() + " fields where the header has " + header.size());
            }
            if (rows.size() == maxRows) {
                throw BomProblems.tooLarge("The bill of materials has more than " + maxRows + " rows");
            }
            rows.add(toRow(fields, index));
        }
        return rows;
    }

    private BomRow toRow(List<String> f, int[] index) {
        return new BomRow("row " + row,
                BomValues.lineNumber(get(f, index, 0), at(index, 0)),
                BomValues.code(get(f, index, 1), at(index, 1), 64),
                BomValues.code(get(f, index, 2), at(index, 2), 500),
                BomValues.decimal(get(f, index, 3), at(index, 3), false),
                BomValues.decimal(get(f, index, 4), at(index, 4), true),
                BomValues.code(get(f, index, 5), at(index, 5), 64),
                upper(BomValues.code(get(f, index, 6), at(index, 6), 16)),
                upper(BomValues.code(get(f, index, 7), at(index, 7), 16)),
                BomValues.decimal(get(f, index, 8), at(index, 8), false),
                null);
    }

    private static String get(List<String> fields, int[] index, int column) {
        return index[column] < 0 ? null : fields.get(index[column]);
    }

    private String at(int[] index, int column) {
        return "row " + row + ", column " + (index[column] + 1) + " (" + COLUMNS.get(column) + ")";
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static int[] columns(List<String> header) {
        Map<String, Integer> known = new HashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            known.put(COLUMNS.get(i).toLowerCase(Locale.ROOT), i);
        }
        int[] index = new int[COLUMNS.size()];
        java.util.Arrays.fill(index, -1);
        for (int c = 0; c < header.size(); c++) {
            String name = header.get(c).strip();
            Integer column = known.get(name.toLowerCase(Locale.ROOT));
            String where = "row 1, column " + (c + 1);
            if (column == null) {
                throw BomProblems.malformed(where, "unknown column '" + BomValues.shorten(name) + "'; expected some of "
                        + String.join(",", COLUMNS));
            }
            if (index[column] >= 0) {
                throw BomProblems.malformed(where, "column '" + name + "' appears twice");
            }
            index[column] = c;
        }
        for (String required : List.of("lineNumber", "quantity")) {
            if (index[COLUMNS.indexOf(required)] < 0) {
                throw BomProblems.malformed("row 1", "the header has no '" + required + "' column");
            }
        }
        return index;
    }

    private final char[] buffer = new char[16384];
    private int position;
    private int limit;

    private int next() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    private boolean isDelimiter(int c) {
        if (delimiter == 0 && (c == ',' || c == ';')) {
            delimiter = (char) c;
        }
        return c == delimiter;
    }

    /** One RFC 4180 record, or null at the end of the input. Line breaks inside quotes are kept. */
    private List<String> record() throws IOException {
        int c = next();
        if (c < 0) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        while (true) {
            if (quoted) {
                if (c < 0) {
                    throw BomProblems.malformed("row " + row + ", column " + (fields.size() + 1),
                            "a quoted field is not closed before the end of the input");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        next();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append((char) c);
                }
            } else if (c < 0 || c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    next();
                }
                fields.add(field.toString());
                return fields;
            } else if (isDelimiter(c)) {
                fields.add(field.toString());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '"') {
                if (field.length() > 0 || wasQuoted) {
                    throw BomProblems.malformed("row " + row + ", column " + (fields.size() + 1),
                            "a quote inside an unquoted field; quote the whole field and double the quote (\"\")");
                }
                quoted = true;
                wasQuoted = true;
            } else if (wasQuoted) {
                throw BomProblems.malformed("row " + row + ", column " + (fields.size() + 1),
                        "text after the closing quote of a quoted field");
            } else {
                field.append((char) c);
            }
            c = next();
        }
    }
}
