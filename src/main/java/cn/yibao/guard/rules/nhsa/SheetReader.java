package cn.yibao.guard.rules.nhsa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

/**
 * Reads the sheets of a rule batch: a CSV file (UTF-8 as published; GB18030, as Excel saves CSV on Chinese
 * Windows, is accepted too) or an xlsx workbook (every sheet, in order). Pure: bytes in, sheets out.
 */
public final class SheetReader {

    /** An xlsx is a zip; more than this uncompressed is refused before it is parsed (a zip bomb, not a batch). */
    static final long MAX_XLSX_UNCOMPRESSED = 64L * 1024 * 1024;

    private static final ObjectReader CSV = new CsvMapper().readerForListOf(String.class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY);

    /** The xlsx media type. */
    public static final String XLSX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SheetReader() {
    }

    /** Whether the bytes are a zip (xlsx) rather than text (CSV). */
    public static boolean isXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** Reads a CSV file; {@code name} (the file name) names the sheet in errors. */
    public static Sheet csv(String name, byte[] bytes) {
        String text = decode(name, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        List<Sheet.Row> rows = new ArrayList<>();
        int number = 0;
        try (MappingIterator<List<String>> records = CSV.readValues(text)) {
            while (records.hasNextValue()) {
                List<String> record = records.nextValue();
                number++;
                List<String> cells = new ArrayList<>(record.size());
                for (String value : record) {
                    cells.add(Sheet.clean(value));
                }
                rows.add(new Sheet.Row(number, cells));
            }
        } catch (JsonProcessingException e) {
            throw new SheetException(name, number + 1, null, "not a well-formed CSV record: " + e.getOriginalMessage());
        } catch (IOException | RuntimeException e) {
            throw new SheetException(name, number + 1, null, "not a well-formed CSV record: " + e.getMessage());
        }
        return new Sheet(name, rows);
    }

    /** Reads every sheet of an xlsx workbook, in order; {@code fileName} names the workbook in errors. */
    public static List<Sheet> xlsx(String fileName, byte[] bytes) {
        checkZip(fileName, bytes);
        List<Sheet> sheets = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                List<Sheet.Row> rows = new ArrayList<>();
                try (Stream<org.dhatim.fastexcel.reader.Row> stream = sheet.openStream()) {
                    stream.forEach(row -> rows.add(row(row)));
                }
                sheets.add(new Sheet(sheet.getName(), rows));
            }
        } catch (IOException | RuntimeException e) {
            throw SheetException.sheet(fileName, "not a readable xlsx workbook: " + e.getMessage());
        }
        if (sheets.isEmpty()) {
            throw SheetException.sheet(fileName, "the workbook has no sheets");
        }
        return sheets;
    }

    private static Sheet.Row row(org.dhatim.fastexcel.reader.Row row) {
        List<String> cells = new ArrayList<>(row.getCellCount());
        for (int i = 0; i < row.getCellCount(); i++) {
            cells.add(Sheet.clean(text(row.getCell(i))));
        }
        return new Sheet.Row(row.getRowNum(), cells);
    }

    /** A cell as text: numbers without trailing zeros (1, not 1.0), formulas by their cached value. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            BigDecimal plain = number.stripTrailingZeros();
            return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
        }
        if (cell.getType() == CellType.STRING) {
            return cell.asString();
        }
        String raw = cell.getRawValue();
        return raw == null ? "" : raw;
    }

    /** Refuses a workbook whose entries inflate beyond {@link #MAX_XLSX_UNCOMPRESSED}. */
    private static void checkZip(String fileName, byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                entries++;
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_XLSX_UNCOMPRESSED) {
                        throw SheetException.sheet(fileName, "the workbook inflates to more than "
                                + MAX_XLSX_UNCOMPRESSED / (1024 * 1024) + " MB; not a rule batch");
                    }
                }
            }
            if (entries == 0) {
                throw SheetException.sheet(fileName, "not an xlsx workbook (no zip entries)");
            }
        } catch (IOException e) {
            throw SheetException.sheet(fileName, "not an xlsx workbook: " + e.getMessage());
        }
    }

    /** UTF-8 if the bytes are UTF-8, else GB18030; anything else is refused. */
    private static String decode(String name, byte[] bytes) {
        try {
            return strict(StandardCharsets.UTF_8, bytes);
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(Charset.forName("GB18030"), bytes);
            } catch (CharacterCodingException | RuntimeException e) {
                throw SheetException.sheet(name, "the file is neither UTF-8 nor GB18030 text; save it as CSV (UTF-8)");
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }
}
