package org.procrisk.scoring.bom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.procrisk.scoring.method.Form;

class CasNumbersTest {

    @Test
    void everyNumberInTheTableHasAValidCheckDigit() {
        assertThat(CasNumbers.all()).hasSizeGreaterThan(60);
        assertThat(CasNumbers.all().keySet()).allMatch(CasNumbers::isWellFormed);
    }

    @Test
    void theCheckDigitCatchesATypo() {
        // 7440-56-4 germanium: 6×1 + 5×2 + 0×3 + 4×4 + 4×5 + 7×6 = 94 → check digit 4
        assertThat(CasNumbers.isWellFormed("7440-56-4")).isTrue();
        assertThat(CasNumbers.isWellFormed("7440-65-4")).isFalse();
        assertThat(CasNumbers.isWellFormed("7440564")).isFalse();
    }

    @Test
    void mapsElementsOxidesAndCompoundsAndKnowsUntrackedSubstances() {
        assertThat(CasNumbers.lookup("7440-56-4")).extracting(CasNumbers.Substance::material, CasNumbers.Substance::form)
                .containsExactly("GE", Form.METAL);
        assertThat(CasNumbers.lookup("1313-97-9").form()).isEqualTo(Form.OXIDE);
        assertThat(CasNumbers.lookup("25617-97-4")).extracting(CasNumbers.Substance::material, CasNumbers.Substance::form)
                .containsExactly("GA", Form.COMPOUND);
        assertThat(CasNumbers.lookup("7439-89-6").tracked()).isFalse();
        assertThat(CasNumbers.lookup("9999-99-9")).isNull();
    }
}
