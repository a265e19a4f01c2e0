package org.procrisk.supplier.mapping;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.procrisk.supplier.api.AuditRecordDto;
import org.procrisk.supplier.domain.AuditRecord;

public final class AuditMapper {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private AuditMapper() {
    }

    public static AuditRecordDto toDto(AuditRecord r, List<AuditRecordDto.Item> items) {
        AuditRecordDto.Counts counts = r.created == null ? null
                : new AuditRecordDto.Counts(r.created, r.updated, r.unchanged);
        return new AuditRecordDto(r.id, r.recordedAt, r.caller, r.callerRole, r.requestId, r.action, r.resourceType,
                r.resourceId, r.versionBefore, r.versionAfter, r.datasetVersion, changes(r.changes), counts, items);
    }

    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
    };

    private static Map<String, Object> changes(String json) {
        if (json == null) {
            return null;
        }
        try {
            return JSON.readValue(json, FIELDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit record holds invalid JSON", e);
        }
    }
}
