package org.procrisk.scoring.bom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.procrisk.common.problem.ProblemException;

class CsvBomReaderTest {

    private static List<BomRow> read(String csv) throws IOException {
        return new CsvBomReader(new StringReader(csv), 1000).read();
    }

    @Test
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks() throws IOException {
        List<BomRow> rows = read("lineNumber,description,quantity\r\n10,\"Magnet, \"\"N42\"\"\nsecond line\",2\r\n");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).description()).isEqualTo("Magnet, \"N42\"\nsecond line");
        assertThat(rows.get(0).quantity()).isEqualByComparingTo("2");
    }

    @Test
    void takesTheDelimiterTheHeaderUsesAndColumnsInAnyOrderAndCase() throws IOException {
        List<BomRow> rows = read("\uFEFFQuantity;LINENUMBER;material;form;massKgPerUnit\n1,5;7;nd;oxide;0,2\n"
                .replace("1,5", "\"1.5\"").replace("0,2", "0.2"));
        assertThat(rows.get(0).lineNumber()).isEqualTo(7);
        assertThat(rows.get(0).quantity()).isEqualByComparingTo(new BigDecimal("1.5"));
        assertThat(rows.get(0).material()).isEqualTo("ND");
        assertThat(rows.get(0).form()).isEqualTo("OXIDE");
    }

    @Test
    void skipsEmptyLinesAndReadsALastRowWithoutNewline() throws IOException {
        assertThat(read("lineNumber,quantity\n\n10,1\n\n20,2")).extracting(BomRow::lineNumber).containsExactly(10, 20);
    }

    @Test
    void emptyCellsAreAbsentValues() throws IOException {
        BomRow row = read("lineNumber,partNumber,quantity,unitPrice\n10, ,1,\n").get(0);
        assertThat(row.partNumber()).isNull();
        assertThat(row.unitPrice()).isNull();
    }

    @Test
    void refusesNumbersThatAreNotPlainDecimals() {
        for (String bad : List.of("1e3", "NaN", "Infinity", "-1", "0", "1.5.1", "0x10", "99999999999999")) {
            assertThatThrownBy(() -> read("lineNumber,quantity\n10," + bad + "\n"))
                    .as(bad).isInstanceOf(ProblemException.class)
                    .hasMessageStartingWith("Row 2, column 2 (quantity): ");
        }
    }

    @Test
    void stopsAtTheRowLimit() {
        assertThatThrownBy(() -> new CsvBomReader(new StringReader("lineNumber,quantity\n1,1\n2,1\n3,1\n"), 2).read())
                .isInstanceOf(ProblemException.class)
                .satisfies(e -> assertThat(((ProblemException) e).status()).isEqualTo(413));
    }

    @Test
    void aHeaderWithoutTheRequiredColumnsIsRefused() {
        assertThatThrownBy(() -> read("lineNumber,partNumber\n10,P\n"))
                .hasMessage("Row 1: the header has no 'quantity' column");
        assertThatThrownBy(() -> read("lineNumber,quantity,quantity\n10,1,1\n"))
                .hasMessage("Row 1, column 3: column 'quantity' appears twice");
    }
}
