package cn.yibao.guard.order;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.rules.engine.RuleHit;

/** Renders a check's hits as the JSON array the write statement unpacks with {@code jsonb_to_recordset}. */
final class HitsJson {

    private HitsJson() {
    }

    static String of(List<RuleHit> hits, ObjectMapper mapper) {
        if (hits.isEmpty()) {
            return "[]";
        }
        StringWriter out = new StringWriter(256 * hits.size());
        try (JsonGenerator g = mapper.getFactory().createGenerator(out)) {
            g.writeStartArray();
            for (int i = 0; i < hits.size(); i++) {
                write(g, i, hits.get(i), mapper);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator g, int seq, RuleHit h, ObjectMapper mapper) throws IOException {
        g.writeStartObject();
        g.writeNumberField("seq", seq);
        g.writeArrayFieldStart("line_ids");
        for (String id : h.lineIds()) {
            g.writeString(id);
        }
        g.writeEndArray();
        g.writeStringField("rule_id", h.ruleId());
        g.writeNumberField("rule_version", h.ruleVersion());
        g.writeStringField("template", h.template());
        g.writeStringField("severity", h.severity().name());
        g.writeStringField("action", h.action().name());
        g.writeStringField("judgement", h.judgement().name());
        g.writeStringField("message", h.message());
        g.writeFieldName("evidence");
        mapper.writeValue(g, h.evidence());
        g.writeStringField("source", h.source());
        g.writeEndObject();
    }
}
