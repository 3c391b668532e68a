package cn.yibao.guard.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Restrictions as stored in {@code catalog_item.restrictions} (jsonb): the fields of
 * {@link RestrictionsDocument}, empty ones left out, {@code {}} for an unrestricted item.
 */
final class RestrictionsJson {

    static final String NONE = "{}";

    // Its own mapper: the stored form must not change with the HTTP layer's JSON settings.
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private RestrictionsJson() {
    }

    static String write(ItemRestrictions restrictions) {
        RestrictionsDocument document = RestrictionsDocument.of(restrictions);
        if (document == null) {
            return NONE;
        }
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write restrictions", e);
        }
    }

    static ItemRestrictions read(String json) {
        RestrictionsDocument document = document(json);
        return document == null ? ItemRestrictions.NONE : document.toRestrictions();
    }

    static RestrictionsDocument document(String json) {
        if (json == null || json.equals(NONE)) {
            return null;
        }
        try {
            RestrictionsDocument document = MAPPER.readValue(json, RestrictionsDocument.class);
            return document.restrictsNothing() ? null : document;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored restrictions are not readable: " + json, e);
        }
    }
}
