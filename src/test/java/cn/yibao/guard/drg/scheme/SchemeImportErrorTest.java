package cn.yibao.guard.drg.scheme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.yibao.guard.drg.SyntheticScheme;

/** An inconsistent scheme fails as a whole, naming the file and the line at fault. */
class SchemeImportErrorTest {

    @TempDir
    Path dir;

    @Test
    void theSyntheticSchemeImports() {
        var scheme = LocalScheme.load("synthetic", new SyntheticScheme().writeTo(dir), Optional.empty());
        assertThat(scheme.adrgCount()).isEqualTo(3);
        assertThat(scheme.mdcs()).extracting(m -> m.code()).containsExactly("MDCB", "MDCG");
    }

    @Test
    void anUnknownClauseFormNamesFileAndLine() {
        var scheme = new SyntheticScheme().with("ADRG/BR1_颅内出血性疾患.dat",
                "包含以下主要诊断：\nI61.000 大脑半球的脑内出血\n包含以下其他诊断：\nI10.x00 高血压\n");
        assertThatThrownBy(() -> load(scheme)).isInstanceOfSatisfying(SchemeImportException.class, e -> {
            assertThat(e.file()).isEqualTo("ADRG/BR1_颅内出血性疾患.dat");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).isEqualTo(
                    "ADRG/BR1_颅内出血性疾患.dat line 3: unknown clause form '包含以下其他诊断：'");
        });
    }

    @Test
    void aCodeBeforeAnyClause() {
        var scheme = new SyntheticScheme().with("ADRG/GZ1_其他消化系统诊断.dat", "K22.301 食管破裂\n");
        assertThatThrownBy(() -> load(scheme)).hasMessage(
                "ADRG/GZ1_其他消化系统诊断.dat line 1: code K22.301 is not under a clause that lists codes");
    }

    @Test
    void aProcedureUnderADiagnosisClause() {
        var scheme = new SyntheticScheme().with("ADRG/GZ1_其他消化系统诊断.dat", "包含以下主要诊断：\n86.2200 清创术\n");
        assertThatThrownBy(() -> load(scheme)).hasMessageStartingWith("ADRG/GZ1_其他消化系统诊断.dat line 2: 86.2200 is not");
    }

    @Test
    void aClauseWithoutCodes() {
        var scheme = new SyntheticScheme().with("ADRG/GZ1_其他消化系统诊断.dat", "包含以下主要诊断：\n");
        assertThatThrownBy(() -> load(scheme)).hasMessage(
                "ADRG/GZ1_其他消化系统诊断.dat line 1: the clause lists no codes");
    }

    @Test
    void aFormulaUsingAnUndefinedTable() {
        var scheme = new SyntheticScheme().with("ADRG/BB1_脑创伤开颅术.dat",
                "包含以下主要诊断+手术表 2\n主要诊断：\nS06.201 脑干挫伤\n手术表 1：\n01.2400x005 开颅血肿清除术\n");
        assertThatThrownBy(() -> load(scheme)).hasMessage(
                "ADRG/BB1_脑创伤开颅术.dat line 1: the formula uses '手术表2', which is not defined");
    }

    @Test
    void anAdrgWithoutClauseFile() {
        var scheme = new SyntheticScheme().without("ADRG/GZ1_其他消化系统诊断.dat");
        assertThatThrownBy(() -> load(scheme)).hasMessage("2_ADRG.txt line 3: GZ1 has no ADRG/GZ1_….dat file");
    }

    @Test
    void aClauseFileOfAnUnlistedAdrg() {
        var scheme = new SyntheticScheme().with("ADRG/GZ2_其他.dat", "包含以下主要诊断：\nK22.301 食管破裂\n");
        assertThatThrownBy(() -> load(scheme)).hasMessage("ADRG/GZ2_其他.dat: GZ2 is not in 2_ADRG.txt");
    }

    @Test
    void aDrgWithAnUnknownSplit() {
        var scheme = new SyntheticScheme().with("3_DRG.txt", "BB19 a\nBR12 b\nGZ19 c\n");
        assertThatThrownBy(() -> load(scheme)).hasMessage("3_DRG.txt line 2: BR12: a DRG code ends in 1, 3, 5 or 9");
    }

    @Test
    void aDrgOfAnUnlistedAdrg() {
        var scheme = new SyntheticScheme().with("3_DRG.txt", "BB19 a\nBR11 b\nBR15 c\nGZ19 d\nGX19 e\n");
        assertThatThrownBy(() -> load(scheme)).hasMessage("3_DRG.txt line 5: GX19 belongs to no ADRG of 2_ADRG.txt");
    }

    @Test
    void aMalformedTableNumber() {
        var scheme = new SyntheticScheme().with("tables/cc.txt", "K11.901 110\nK22.000 x\n");
        assertThatThrownBy(() -> load(scheme)).hasMessage(
                "tables/cc.txt line 2: expected a positive table number after K22.000, found 'x'");
    }

    @Test
    void aMissingTable() {
        var scheme = new SyntheticScheme().without("tables/or-procedures.txt");
        assertThatThrownBy(() -> load(scheme)).hasMessage("tables/or-procedures.txt: file is missing");
    }

    @Test
    void aZipWithoutTheMdcList() {
        byte[] zip = new SyntheticScheme().without("1_MDC.txt").zip("scheme");
        assertThatThrownBy(() -> SchemeCompiler.compile("x", ZipFiles.read(zip, "1_MDC.txt"), Optional.empty()))
                .hasMessage("1_MDC.txt: not found in the zip");
    }

    @Test
    void aZipWithChineseFileNamesInGb18030Imports() throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, Charset.forName("GB18030"))) {
            Path root = new SyntheticScheme().writeTo(dir);
            try (var files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    zip.putNextEntry(new ZipEntry(root.relativize(file).toString()));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
        }
        var scheme = SchemeCompiler.compile("gbk", ZipFiles.read(bytes.toByteArray(), "1_MDC.txt"), Optional.empty());
        assertThat(scheme.adrgCount()).isEqualTo(3);
    }

    @Test
    void somethingThatIsNotAZip() {
        assertThatThrownBy(() -> ZipFiles.read("id,sex\n1,2\n".getBytes(), "1_MDC.txt"))
                .isInstanceOf(SchemeImportException.class).hasMessageContaining("not a zip");
    }

    private Object load(SyntheticScheme scheme) {
        return LocalScheme.load("synthetic", scheme.writeTo(dir), Optional.empty());
    }
}
