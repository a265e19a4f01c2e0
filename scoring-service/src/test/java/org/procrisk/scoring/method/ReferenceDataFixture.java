package org.procrisk.scoring.method;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The project's copy of the sourced reference data (supplier-service's seed CSVs) as a {@link Dataset},
 * so the method's tests run on exactly the figures the registry serves.
 */
public final class ReferenceDataFixture {

    private static final Path DATA = Path.of("../supplier-service/src/main/resources/reference-data");

    private ReferenceDataFixture() {
    }

    public static Dataset.Builder builder() {
        return builder(c -> true);
    }

    /** The reference data with only the controls that pass the filter. */
    public static Dataset.Builder builder(java.util.function.Predicate<ExportControl> keep) {
        Dataset.Builder builder = Dataset.builder().version(1);
        rows("materials.csv").forEach(r -> builder.material(r.get("code"), r.get("group")));
        rows("sources.csv").forEach(r -> builder.source(new Source(r.get("id"), r.get("publisher"), r.get("title"),
                Integer.parseInt(r.get("year")), r.get("url"))));
        builder.shares(rows("country-shares.csv").stream().map(r -> new ShareRow(r.get("material"),
                Stage.valueOf(r.get("stage")), r.get("country"), Double.parseDouble(r.get("share")),
                Integer.parseInt(r.get("year")), r.get("source_id"), r.get("basis"))).toList());
        builder.controls(rows("export-controls.csv").stream().map(ReferenceDataFixture::control).filter(keep).toList());
        return builder;
    }

    private static ExportControl control(Map<String, String> r) {
        Set<Form> forms = EnumSet.noneOf(Form.class);
        list(r.get("forms")).forEach(f -> forms.add(Form.valueOf(f)));
        Set<String> targets = "ALL".equals(r.get("target_countries")) ? Set.of() : list(r.get("target_countries"));
        return new ExportControl(r.get("id"), r.get("issuer"), r.get("title"), Measure.valueOf(r.get("measure")),
                Direction.valueOf(r.get("direction")), list(r.get("materials")), forms, targets,
                "MILITARY".equals(r.get("end_use")), blankToNull(r.get("programme")), date(r.get("announced")),
                date(r.get("effective_from")), date(r.get("suspended_from")), date(r.get("suspended_until")),
                date(r.get("ended")), r.get("source_id"));
    }

    private static Set<String> list(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(";")).map(String::trim).collect(Collectors.toSet());
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static List<Map<String, String>> rows(String file) {
        CsvMapper mapper = new CsvMapper();
        try (MappingIterator<Map<String, String>> it = mapper.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(Files.newBufferedReader(DATA.resolve(file)))) {
            return it.readAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
