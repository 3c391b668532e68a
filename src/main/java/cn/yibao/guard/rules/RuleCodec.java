package cn.yibao.guard.rules;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;

import cn.yibao.guard.rules.engine.Judgement;
import cn.yibao.guard.rules.engine.RuleAction;
import cn.yibao.guard.rules.engine.RuleDefinition;
import cn.yibao.guard.rules.engine.RuleScope;
import cn.yibao.guard.rules.engine.Severity;

/**
 * Converts between stored rule rows and engine records. Parameters are stored as canonical JSON (keys sorted),
 * so that two contents compare by their text, and are read back with exact decimals.
 */
@ApplicationScoped
public class RuleCodec {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final ObjectWriter writer;
    private final ObjectReader parametersReader;
    private final ObjectReader scopeReader;
    private final java.time.ZoneId zone;

    public RuleCodec(ObjectMapper json, @ConfigProperty(name = "yibao.hospital.zone") java.time.ZoneId zone) {
        this.zone = zone;
        this.writer = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.parametersReader = json.readerFor(MAP).with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        this.scopeReader = json.readerFor(ScopeView.class);
    }

    /** Parameters without null values (a JSON null means "not given"). */
    public static Map<String, Object> withoutNulls(Map<String, Object> parameters) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (parameters != null) {
            parameters.forEach((k, v) -> {
                if (k != null && v != null) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    public String parametersJson(Map<String, Object> parameters) {
        return write(withoutNulls(parameters));
    }

    public Map<String, Object> parameters(String text) {
        try {
            return parametersReader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rule parameters are not JSON", e);
        }
    }

    public String scopeJson(RuleScope scope) {
        return write(ScopeView.of(scope));
    }

    public RuleScope scope(String text) {
        try {
            return scopeReader.<ScopeView>readValue(text).toScope();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored rule scope is not JSON", e);
        }
    }

    /** The engine record of a stored version, with the rule's present enabled state. */
    public RuleDefinition definition(RuleRecord head, RuleVersionRecord v) {
        return new RuleDefinition(v.ruleId, v.version, v.template, v.name, parameters(v.parameters),
                Severity.valueOf(v.severity), RuleAction.valueOf(v.action), Judgement.valueOf(v.judgement),
                scope(v.scope), head.enabled && !head.retired, v.source, v.note);
    }

    public RuleView view(RuleRecord head, RuleVersionRecord v) {
        return new RuleView(v.ruleId, v.version, v.template, v.name, parameters(v.parameters),
                Severity.valueOf(v.severity), RuleAction.valueOf(v.action), Judgement.valueOf(v.judgement),
                ScopeView.of(scope(v.scope)), head.enabled, head.retired, v.source, v.note,
                head.currentVersion == v.version, local(v.createdAt), v.createdBy, local(head.changedAt),
                head.changedBy);
    }

    /** Times as the hospital reads them; the database hands them back in UTC. */
    private java.time.OffsetDateTime local(java.time.OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }

    /** A version row for a definition. */
    public RuleVersionRecord record(RuleDefinition d, java.time.OffsetDateTime at, String by) {
        RuleVersionRecord v = new RuleVersionRecord();
        v.ruleId = d.id();
        v.version = d.version();
        v.template = d.template();
        v.name = d.name();
        v.parameters = parametersJson(d.parameters());
        v.severity = d.severity().name();
        v.action = d.action().name();
        v.judgement = d.judgement().name();
        v.scope = scopeJson(d.scope());
        v.source = d.source();
        v.note = d.note();
        v.createdAt = at;
        v.createdBy = by;
        return v;
    }

    /** Whether a stored version says the same as a definition (state aside). */
    public boolean sameContent(RuleVersionRecord v, RuleDefinition d) {
        return Objects.equals(v.template, d.template()) && Objects.equals(v.name, d.name())
                && Objects.equals(v.parameters, parametersJson(d.parameters()))
                && Objects.equals(v.severity, d.severity().name()) && Objects.equals(v.action, d.action().name())
                && Objects.equals(v.judgement, d.judgement().name())
                && Objects.equals(v.scope, scopeJson(d.scope())) && Objects.equals(v.source, d.source())
                && Objects.equals(v.note, d.note());
    }

    private String write(Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write rule data as JSON", e);
        }
    }
}
