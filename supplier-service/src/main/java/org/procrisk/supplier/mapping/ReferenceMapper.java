package org.procrisk.supplier.mapping;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.procrisk.supplier.api.CountryShareDto;
import org.procrisk.supplier.api.ExportControlDto;
import org.procrisk.supplier.api.ExportControlInput;
import org.procrisk.supplier.api.SourceDto;
import org.procrisk.supplier.domain.CountryShare;
import org.procrisk.supplier.domain.ExportControl;
import org.procrisk.supplier.domain.Source;

public final class ReferenceMapper {

    private ReferenceMapper() {
    }

    public static SourceDto toDto(Source s) {
        return new SourceDto(s.id, s.publisher, s.title, s.year, s.url, s.notes);
    }

    public static Source toEntity(SourceDto dto) {
        Source s = new Source();
        s.id = dto.id();
        s.publisher = dto.publisher();
        s.title = dto.title();
        s.year = dto.year();
        s.url = dto.url();
        s.notes = dto.notes();
        return s;
    }

    public static CountryShareDto toDto(CountryShare c) {
        return new CountryShareDto(c.material, c.stage.name(), c.country, c.share.stripTrailingZeros(), c.year,
                c.sourceId, c.basis, c.notes);
    }

    public static ExportControlDto toDto(ExportControl c, Function<String, String> sourceUrl) {
        return new ExportControlDto(c.id, c.issuer, c.instrument, c.title, c.measure, c.direction, split(c.materials),
                split(c.forms), split(c.targetCountries), c.endUse, c.programme, c.announced, c.effectiveFrom,
                c.suspendedFrom, c.suspendedUntil, c.ended, c.sourceId, sourceUrl.apply(c.sourceId), c.notes, c.version);
    }

    public static ExportControlInput toInput(ExportControl c) {
        return new ExportControlInput(c.id, c.issuer, c.instrument, c.title,
                ExportControlInput.Measure.valueOf(c.measure), ExportControlInput.Direction.valueOf(c.direction),
                split(c.materials), split(c.forms).stream().map(ExportControlInput.ControlForm::valueOf).toList(),
                split(c.targetCountries), ExportControlInput.EndUse.valueOf(c.endUse), c.programme, c.announced,
                c.effectiveFrom, c.suspendedFrom, c.suspendedUntil, c.ended, c.sourceId, c.notes);
    }

    public static void apply(ExportControlInput in, ExportControl c) {
        c.id = in.id();
        c.issuer = in.issuer();
        c.instrument = in.instrument();
        c.title = in.title();
        c.measure = in.measure().name();
        c.direction = in.direction().name();
        c.materials = String.join(";", in.materials());
        c.forms = String.join(";", in.forms().stream().map(Enum::name).toList());
        c.targetCountries = String.join(";", in.targetCountries());
        c.endUse = in.endUse().name();
        c.programme = in.programme();
        c.announced = in.announced();
        c.effectiveFrom = in.effectiveFrom();
        c.suspendedFrom = in.suspendedFrom();
        c.suspendedUntil = in.suspendedUntil();
        c.ended = in.ended();
        c.sourceId = in.sourceId();
        c.notes = in.notes();
    }

    public static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(";")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
