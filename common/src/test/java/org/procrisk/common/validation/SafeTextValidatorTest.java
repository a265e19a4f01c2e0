package org.procrisk.common.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SafeTextValidatorTest {

    @Test
    void formulaStartsAreRefused() {
        for (String formula : new String[] {"=SUM(A1)", "+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)", "\t=1", "\r=1"}) {
            assertFalse(SafeTextValidator.isSafe(formula), formula);
        }
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefused() {
        assertFalse(SafeTextValidator.isSafe("pro\u0000be"));
        assertFalse(SafeTextValidator.isSafe("pro\u001bbe"));
        assertFalse(SafeTextValidator.isSafe("pro\ud800be"));
        assertFalse(SafeTextValidator.isSafe("pro\udc00be"));
        assertFalse(SafeTextValidator.isSafe("ends high \ud800"));
    }

    @Test
    void ordinaryTextPasses() {
        for (String text : new String[] {"", "Baotou Magnet Works Co., Ltd.", "Rotor magnet, N42SH = 48 mm", "Tab\tinside",
                "Müller & Söhne", "深圳磁材", "emoji 🧲 ok", "PO-2026-004711", "a-b", "x=1"}) {
            assertTrue(SafeTextValidator.isSafe(text), text);
        }
    }
}
