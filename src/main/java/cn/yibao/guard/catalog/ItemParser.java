package cn.yibao.guard.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.ws.rs.BadRequestException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.yibao.guard.common.ProblemException;

/**
 * Turns an import body (CSV or a JSON array) into validated items, or refuses it naming every bad row and
 * column. Pure CPU work: callers run it off the event loop.
 */
@ApplicationScoped
public class ItemParser {

    private static final TypeReference<List<ItemDocument>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Validator validator;

    public ItemParser(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    public List<CatalogItem> parse(ImportFormat format, byte[] body) {
        return format == ImportFormat.CSV ? csv(body) : json(body);
    }

    List<CatalogItem> csv(byte[] body) {
        ImportErrors errors = new ImportErrors();
        CsvTable table = CsvTable.read(body, ItemCsv.HEADER, ItemCsv.REQUIRED, errors);
        errors.throwIfAny();
        List<CatalogItem> items = new ArrayList<>(table.rows().size());
        Map<String, Integer> rowOfCode = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            int before = errors.count();
            CellReader cells = new CellReader(table, row, errors);
            ItemDocument document = ItemCsv.read(cells);
            for (ConstraintViolation<ItemDocument> v : Violations.sorted(validator.validate(document))) {
                String column = Violations.column(v);
                if (!cells.failed(column)) {
                    errors.add(ImportErrors.cell(row.number(), column), v.getMessage());
                }
            }
            Integer first = document.code() == null ? null : rowOfCode.putIfAbsent(document.code(), row.number());
            if (first != null) {
                errors.add(ImportErrors.cell(row.number(), "code"), "repeats the code of row " + first);
            }
            if (errors.count() == before) {
                items.add(document.toItem());
            }
        }
        errors.throwIfAny();
        return items;
    }

    List<CatalogItem> json(byte[] body) {
        List<ItemDocument> documents = readJson(body);
        ImportErrors errors = new ImportErrors();
        List<CatalogItem> items = new ArrayList<>(documents.size());
        Map<String, Integer> indexOfCode = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            ItemDocument document = documents.get(i);
            if (document == null) {
                errors.add("[" + i + "]", "must be an item, not null");
                continue;
            }
            int before = errors.count();
            for (ConstraintViolation<ItemDocument> v : Violations.sorted(validator.validate(document))) {
                errors.add("[" + i + "]." + Violations.path(v), v.getMessage());
            }
            Integer first = document.code() == null ? null : indexOfCode.putIfAbsent(document.code(), i);
            if (first != null) {
                errors.add("[" + i + "].code", "repeats the code of [" + first + "]");
            }
            if (errors.count() == before) {
                items.add(document.toItem());
            }
        }
        errors.throwIfAny();
        return items;
    }

    private List<ItemDocument> readJson(byte[] body) {
        try {
            List<ItemDocument> documents = json.readValue(body, LIST);
            if (documents == null) {
                throw ProblemException.invalidField("body", "must be a JSON array of items");
            }
            return documents;
        } catch (JsonProcessingException e) {
            // mapped to a problem naming the JSON path, like any other malformed body
            throw new BadRequestException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
