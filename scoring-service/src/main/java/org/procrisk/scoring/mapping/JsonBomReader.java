package org.procrisk.scoring.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.procrisk.scoring.api.BomCheckDocument;
import org.procrisk.scoring.bom.BomProblems;
import org.procrisk.scoring.bom.BomRow;
import org.procrisk.scoring.bom.BomValues;

/** Turns the rows of a {@link BomCheckDocument} (already bound and validated) into {@link BomRow}s. */
public final class JsonBomReader {

    private JsonBomReader() {
    }

    public static List<BomRow> rows(BomCheckDocument document, int maxRows) {
        if (document.lines().size() > maxRows) {
            throw BomProblems.tooLarge("The bill of materials has more than " + maxRows + " rows");
        }
        List<BomRow> rows = new ArrayList<>(document.lines().size());
        for (int i = 0; i < document.lines().size(); i++) {
            BomCheckDocument.Row r = document.lines().get(i);
            rows.add(new BomRow("lines[" + i + "]", r.lineNumber(), BomValues.text(r.partNumber()), BomValues.text(r.description()),
                    r.quantity(), r.unitPrice(), BomValues.text(r.supplierId()), upper(r.material()), upper(r.form()),
                    r.massKgPerUnit(), null));
        }
        return rows;
    }

    private static String upper(String s) {
        String t = BomValues.text(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }
}
