package org.procrisk.supplier.client;

import com.fasterxml.jackson.databind.JsonNode;

/** One order's answer in a scored batch: its score, or the problem scoring-service found in it. */
public record BatchOutcome(int index, ScoredOrder score, int status, JsonNode problem) {

    public boolean failed() {
        return score == null;
    }
}
