package cn.yibao.guard.rules.nhsa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class SheetReaderTest {

    @Test
    void csvRowsAreNumberedByRecordWithTheHeaderAsRowOne() {
        String csv = "\uFEFF序号,项目名称,备注\r\n1,\"手功能评定, 徒手\",\"两行\n备注\"\r\n2,　平衡试验 ,\r\n";
        Sheet sheet = SheetReader.csv("t.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(sheet.rows()).extracting(Sheet.Row::number).containsExactly(1, 2, 3);
        assertThat(sheet.rows().get(0).cells()).containsExactly("序号", "项目名称", "备注");
        assertThat(sheet.rows().get(1).cells()).containsExactly("1", "手功能评定, 徒手", "两行\n备注");
        assertThat(sheet.rows().get(2).cells()).containsExactly("2", "平衡试验", "");
    }

    @Test
    void csvSavedByExcelOnChineseWindowsIsReadToo() {
        byte[] gbk = "项目名称,项目代码\n手功能评定,003402000050000\n".getBytes(Charset.forName("GB18030"));
        assertThat(SheetReader.csv("gbk.csv", gbk).rows().get(1).cells()).containsExactly("手功能评定",
                "003402000050000");
    }

    @Test
    void aBrokenCsvRecordIsRefusedWithItsRow() {
        SheetException e = catchThrowableOfType(SheetException.class, () -> SheetReader.csv("b.csv",
                "a,b\n1,\"unclosed\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(e.sheet()).isEqualTo("b.csv");
        assertThat(e.reason()).startsWith("not a well-formed CSV record");
    }

    @Test
    void xlsxSheetsKeepTheirRowNumbersAndNumbersReadAsWritten() throws Exception {
        List<Sheet> sheets = NhsaFiles.xlsxSheets(BatchType.B8_4_CYCLE);
        assertThat(sheets).hasSize(1);
        Sheet.Row first = sheets.get(0).rows().get(1);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.cells()).containsExactly("1", "血清果糖胺测定", "1", "7",
                "诊疗规范：血清果糖胺（糖化清蛋白）水平反映近2-3周的平均血糖水平。", "002503020020000");
        assertThat(NhsaFiles.xlsxSheets(BatchType.B1_DRUG_SEX)).extracting(Sheet::name)
                .containsExactly("Sheet1", "Sheet2");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("hello.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(SheetReader.isXlsx(bytes.toByteArray())).isTrue();
        SheetException e = catchThrowableOfType(SheetException.class, () -> SheetReader.xlsx("x.xlsx",
                bytes.toByteArray()));
        assertThat(e.field()).isEqualTo("x.xlsx");
        assertThat(e.reason()).startsWith("not a readable xlsx workbook");
    }

    @Test
    void aWorkbookInflatingBeyondTheLimitIsRefusedBeforeParsing() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[1024 * 1024];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            for (int i = 0; i < 65; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bytes.size()).isLessThan(200_000);
        SheetException e = catchThrowableOfType(SheetException.class, () -> SheetReader.xlsx("bomb.xlsx",
                bytes.toByteArray()));
        assertThat(e.reason()).contains("inflates to more than 64 MB");
    }
}
