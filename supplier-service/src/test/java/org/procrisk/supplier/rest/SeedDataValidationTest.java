package org.procrisk.supplier.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import org.procrisk.supplier.api.CountryShareSetInput;
import org.procrisk.supplier.domain.CountryShare;
import org.procrisk.supplier.domain.ExportControl;
import org.procrisk.supplier.mapping.ReferenceMapper;
import org.procrisk.supplier.service.ReferenceDataService;
import org.procrisk.supplier.validation.ExportControlRules;
import org.procrisk.supplier.validation.FieldErrors;
import org.procrisk.supplier.validation.InputValidation;
import org.procrisk.supplier.validation.ReferenceCodes;
import org.procrisk.testing.MariaDbTestResource;

/** The seeded reference data passes exactly the validation that API writes go through. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class SeedDataValidationTest {

    @Inject
    ReferenceCodes codes;

    @Inject
    InputValidation inputs;

    @Test
    void everySeededExportControlIsValid() {
        Set<String> materials = codes.materials();
        List<ExportControl> controls = ExportControl.listAll();
        assertThat(controls).hasSize(20);
        for (ExportControl c : controls) {
            ExportControlInputCheck check = new ExportControlInputCheck(c.id,
                    ExportControlRules.validate(ReferenceMapper.toInput(c),
                            inputs.check(ReferenceMapper.toInput(c)), materials, codes::sourceExists).list());
            assertThat(check.errors()).as(check.id()).isEmpty();
        }
    }

    @Test
    void everySeededShareSetIsValid() {
        Set<String> materials = codes.materials();
        Map<String, List<CountryShare>> sets = CountryShare.<CountryShare>listAll().stream()
                .collect(Collectors.groupingBy(c -> c.material + "/" + c.stage + "/" + c.year));
        assertThat(sets).isNotEmpty();
        sets.forEach((key, rows) -> {
            CountryShareSetInput input = new CountryShareSetInput(rows.stream()
                    .map(r -> new CountryShareSetInput.Row(r.country, r.share, r.sourceId, r.basis, r.notes)).toList());
            FieldErrors errors = inputs.check(input);
            ReferenceDataService.validateShareSet(rows.get(0).material, rows.get(0).year, input, errors, materials,
                    codes::sourceExists);
            assertThat(errors.list()).as(key).isEmpty();
        });
    }

    private record ExportControlInputCheck(String id, List<?> errors) {
    }
}
