package cn.yibao.guard.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.common.ProblemException;

/**
 * Turns a HIS item dictionary (CSV with the header {@link #HEADER}, or a JSON array of {@link MappingDocument})
 * into validated entries, or refuses it naming every bad row and column.
 */
@ApplicationScoped
public class MappingParser {

    static final List<String> HEADER = List.of("hisCode", "hisName", "nationalCode");
    static final Set<String> REQUIRED = Set.of("hisCode", "hisName");

    private static final TypeReference<List<MappingDocument>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Validator validator;

    public MappingParser(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public List<MappingDocument> parse(ImportFormat format, byte[] body) {
        return format == ImportFormat.CSV ? csv(body) : json(body);
    }

    List<MappingDocument> csv(byte[] body) {
        ImportErrors errors = new ImportErrors();
        CsvTable table = CsvTable.read(body, HEADER, REQUIRED, errors);
        errors.throwIfAny();
        List<MappingDocument> mappings = new ArrayList<>(table.rows().size());
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = errors.count();
            CellReader cells = new CellReader(table, row, errors);
            MappingDocument mapping = new MappingDocument(cells.text("hisCode"), cells.text("hisName"),
                    cells.text("nationalCode"));
            for (ConstraintViolation<MappingDocument> v : Violations.sorted(validator.validate(mapping))) {
                errors.add(ImportErrors.cell(row.number(), Violations.column(v)), v.getMessage());
            }
            Integer first = mapping.hisCode() == null ? null : rowOfCode.putIfAbsent(mapping.hisCode(), row.number());
            if (first != null) {
                errors.add(ImportErrors.cell(row.number(), "hisCode"), "repeats the HIS code of row " + first);
            }
            if (errors.count() == before) {
                mappings.add(mapping);
            }
        }
        errors.throwIfAny();
        return mappings;
    }

    List<MappingDocument> json(byte[] body) {
        List<MappingDocument> documents = readJson(body);
        ImportErrors errors = new ImportErrors();
        Map<String, Integer> indexOfCode = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            MappingDocument mapping = documents.get(i);
            if (mapping == null) {
                errors.add("[" + i + "]", "must be a code-map entry, not null");
                continue;
            }
            for (ConstraintViolation<MappingDocument> v : Violations.sorted(validator.validate(mapping))) {
                errors.add("[" + i + "]." + Violations.path(v), v.getMessage());
            }
            Integer first = mapping.hisCode() == null ? null : indexOfCode.putIfAbsent(mapping.hisCode(), i);
            if (first != null) {
                errors.add("[" + i + "].hisCode", "repeats the HIS code of [" + first + "]");
            }
        }
        errors.throwIfAny();
        return documents;
    }

    private List<MappingDocument> readJson(byte[] body) {
        try {
            List<MappingDocument> documents = json.readValue(body, LIST);
            if (documents == null) {
                throw ProblemException.invalidField("body", "must be a JSON array of code-map entries");
            }
            return documents;
        } catch (JsonProcessingException e) {
            // mapped to a problem naming the JSON path, like any other malformed body
            throw new BadRequestException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSV row of one entry, in {@link #HEADER} order. */
    static String[] row(String hisCode, String hisName, String nationalCode) {
        return new String[] {hisCode, hisName, nationalCode == null ? "" : nationalCode};
    }
}
