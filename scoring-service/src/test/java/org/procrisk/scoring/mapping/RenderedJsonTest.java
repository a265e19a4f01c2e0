package org.procrisk.scoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.procrisk.common.http.JsonConfig;
import org.procrisk.scoring.method.Flag;
import org.procrisk.scoring.api.ScoreResponse.AppliedControl;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class RenderedJsonTest {

    private final ObjectMapper json = configured();

    private final AppliedControl licence = new AppliedControl("CN-2025-18", "Export control of seven medium and heavy \"rare earth\" items",
            "CN", "LICENCE", 0.5, "MOFCOM-2025-18", "https://www.mofcom.gov.cn/zcfb/blgg/art/2025/art_1.html?a=1&b=2", null);
    private final AppliedControl suspended = new AppliedControl("CN-2023-46", "Graphite — Ausfuhrkontrolle", "CN", "BAN", 1.0,
            "MOFCOM-2023-46", null, LocalDate.parse("2026-11-27"));

    @Test
    void renderedControlsAreWrittenExactlyAsThePlainRecordsEveryTime() throws Exception {
        String plain = json.writeValueAsString(List.of(licence, suspended, licence));

        AppliedControl[] controls = {licence, suspended, licence};
        assertThat(json.writeValueAsString(RenderedControls.of(controls))).isEqualTo(plain);
        assertThat(json.writeValueAsString(RenderedControls.of(controls.clone()))).as("from the cache").isEqualTo(plain);
        assertThat(plain).contains("\\\"rare earth\\\"", "\"suspendedUntil\":\"2026-11-27\"").doesNotContain("\"sourceUrl\":null");
    }

    @Test
    void noControlsIsAnEmptyArray() throws Exception {
        assertThat(json.writeValueAsString(RenderedControls.of(new AppliedControl[0]))).isEqualTo("[]");
    }

    @Test
    void flagNamesAreInNameOrderAndSharedPerCombination() throws Exception {
        var flags = EnumSet.of(Flag.SINGLE_COUNTRY_REFINING, Flag.EXPORT_CONTROLLED, Flag.HIGHLY_CONCENTRATED);

        assertThat(ScoreMapper.flagNames(flags)).containsExactly("EXPORT_CONTROLLED", "HIGHLY_CONCENTRATED", "SINGLE_COUNTRY_REFINING");
        assertThat(ScoreMapper.flagNames(EnumSet.copyOf(flags))).isSameAs(ScoreMapper.flagNames(flags));
        assertThat(ScoreMapper.flagNames(EnumSet.noneOf(Flag.class))).isEmpty();
        for (int i = 0; i < 2; i++) {
            assertThat(json.writeValueAsString(ScoreMapper.flagNames(flags)))
                    .isEqualTo("[\"EXPORT_CONTROLLED\",\"HIGHLY_CONCENTRATED\",\"SINGLE_COUNTRY_REFINING\"]");
            assertThat(json.writeValueAsString(ScoreMapper.flagNames(EnumSet.noneOf(Flag.class)))).isEqualTo("[]");
        }
    }

    private static ObjectMapper configured() {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        new JsonConfig().customize(mapper);
        return mapper;
    }
}
