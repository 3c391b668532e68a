package cn.yibao.guard.drg;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small scheme in the CHS-DRG layout for tests that need to change the scheme's text: two MDCs, three
 * ADRGs, an ambiguous group {@code BQY}. Files can be replaced before it is written or zipped.
 */
public final class SyntheticScheme {

    private final Map<String, String> files = new TreeMap<>();

    public SyntheticScheme() {
        files.put("profile.properties", "order = MDCB MDCG\n");
        files.put("1_MDC.txt", "MDCB 神经系统疾病及功能障碍\nMDCG 消化系统疾病及功能障碍\n");
        files.put("2_ADRG.txt", "BB1 脑创伤开颅术\nBR1 颅内出血性疾患\nGZ1 其他消化系统诊断\n");
        files.put("3_DRG.txt", "BB19 脑创伤开颅术\nBQY 神经系统歧义组\nBR11 颅内出血性疾患，伴严重并发症或合并症\n"
                + "BR15 颅内出血性疾患，不伴并发症或合并症\nGZ11 其他消化系统诊断，伴严重并发症或合并症\n"
                + "GZ13 其他消化系统诊断，伴并发症或合并症\nGZ15 其他消化系统诊断，不伴并发症或合并症");
        files.put("MDC/MDCB_神经系统疾病及功能障碍.dat", "包含以下主要诊断：\nI61.000 大脑半球的脑内出血，皮质下\n"
                + "S06.201 脑干挫伤\n");
        files.put("MDC/MDCG_消化系统疾病及功能障碍.dat", "包含以下主要诊断：\nK22.301 食管破裂\n");
        files.put("ADRG/BB1_脑创伤开颅术.dat", "包含以下主要诊断：\nS06.201 脑干挫伤\n包含以下主要手术或操作：\n"
                + "01.2400x005 开颅血肿清除术\n");
        files.put("ADRG/BR1_颅内出血性疾患.dat", "包含以下主要诊断：\nI61.000 大脑半球的脑内出血，皮质下\n");
        files.put("ADRG/GZ1_其他消化系统诊断.dat", "包含以下主要诊断：\nK22.301 食管破裂\n");
        files.put("tables/mcc.txt", "A01.100 1\n");
        files.put("tables/cc.txt", "K11.901 110\nK22.000 111\n");
        files.put("tables/cc-exclusions.txt", "K22.301 111\n");
        files.put("tables/or-procedures.txt", "01.2400x005 开颅血肿清除术\n86.2200 伤口、感染或烧伤的切除性清创术\n");
    }

    public SyntheticScheme with(String path, String content) {
        files.put(path, content);
        return this;
    }

    public SyntheticScheme without(String path) {
        files.remove(path);
        return this;
    }

    public Path writeTo(Path directory) {
        try {
            for (var file : files.entrySet()) {
                Path target = directory.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
            }
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files zipped under a top-level folder, as a user would zip the scheme's directory. */
    public byte[] zip(String folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(folder + "/" + file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
