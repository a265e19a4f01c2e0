package org.procrisk.scoring.method;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * A line's lists of controls are the same objects each time the same line is scored on the same data:
 * the answer's evidence of a list is rendered once and found again by the list's identity.
 */
class ControlListsTest {

    private static final Dataset DATA = ReferenceDataFixture.builder().build();
    private final ExposureMethod method = new ExposureMethod(Parameters.defaults());

    private LineExposure score(Component... composition) {
        Order.Line line = new Order.Line(10, null, List.of(composition), null, BigDecimal.ONE, BigDecimal.TEN);
        Order order = new Order("T", "DE", "EUR", LocalDate.parse("2025-12-01"), EndUse.CIVIL, Set.of(), List.of(line));
        return method.score(order, DATA).lines().get(0);
    }

    @Test
    void mergedControlsAreOneInstancePerContent() {
        Component[] composition = {new Component("GA", Form.COMPOUND, 0.001), new Component("GE", Form.METAL, 0.001),
                new Component("DY", Form.MAGNET, 0.001), new Component("W", Form.ALLOY, 0.001)};
        LineExposure first = score(composition);
        LineExposure second = score(composition);

        int largestOfOneMaterial = first.materials().stream().mapToInt(m -> m.controls().size()).max().orElseThrow();
        assertThat(first.controls()).hasSizeGreaterThan(largestOfOneMaterial); // a merge happened
        assertThat(second.controls()).isSameAs(first.controls()).isEqualTo(first.controls());
        assertThat(second.contextControls()).isSameAs(first.contextControls());
    }

    @Test
    void oneMaterialsControlsAreItsOwnList() {
        LineExposure line = score(new Component("GA", Form.COMPOUND, 0.001), new Component("GA", Form.METAL, 0.001));
        assertThat(line.controls()).isNotEmpty().isSameAs(line.materials().get(0).controls());
    }
}
