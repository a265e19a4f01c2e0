package org.procrisk.supplier.mapping;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.procrisk.supplier.api.OrderInput;
import org.procrisk.supplier.api.OrderScoreDto;
import org.procrisk.supplier.api.OrderSummaryDto;
import org.procrisk.supplier.api.StoredOrderDto;
import org.procrisk.supplier.domain.BookedOrder;
import org.procrisk.supplier.domain.OrderScore;

/** Stored orders and their scores as the API shows them, and an order's JSON as it is stored and scored. */
public final class OrderMapper {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final TypeReference<List<String>> KEYS = new TypeReference<>() {
    };
    private static final TypeReference<List<StoredOrderDto.SkippedItemDto>> SKIPPED = new TypeReference<>() {
    };

    private OrderMapper() {
    }

    public static StoredOrderDto toDto(BookedOrder o) {
        return new StoredOrderDto(o.poNumber(), o.status().name(), o.format(), o.version(), o.createdAt(), o.updatedAt(),
                o.closedAt(), read(o.body(), OrderInput.class), o.erpKeys() == null ? null : read(o.erpKeys(), KEYS),
                o.skipped() == null ? null : read(o.skipped(), SKIPPED), toDto(o.latest()));
    }

    public static OrderSummaryDto toSummary(BookedOrder o) {
        return new OrderSummaryDto(o.poNumber(), o.status().name(), o.format(), o.version(), o.lineCount(), o.changedAt(),
                toDto(o.latest()));
    }

    public static OrderScoreDto toDto(OrderScore s) {
        return new OrderScoreDto(s.score(), s.riskTier(), s.totalValue(), s.valueAtRisk(), s.currency(), s.controls(),
                s.compliance() == null ? null : s.compliance().split(" ")[0], s.datasetVersion(), s.asOf(), s.scoredAt(),
                s.cause() == null ? null : s.cause().name());
    }

    /** The order as stored: its JSON without nulls, so that the same order always reads the same. */
    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored order as one line of a scoring batch, for the day it is scored for. */
    public static byte[] scoringLine(String body, java.time.LocalDate asOf) {
        try {
            ObjectNode order = (ObjectNode) JSON.readTree(body);
            order.put("asOf", asOf.toString());
            return JSON.writeValueAsBytes(order);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static OrderInput orderOf(JsonNode node) {
        try {
            return JSON.treeToValue(node, OrderInput.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> keysOf(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.forEach(k -> keys.add(k.asText()));
        return keys;
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
