package cn.yibao.guard.rules.nhsa;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One successful import of a batch: the file, its checksum, who and when, and what it did. */
@Entity
@Table(name = "nhsa_batch_import")
public class BatchImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "batch_type")
    public String batchType;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "codes_file_name")
    public String codesFileName;
    public String format;
    public String checksum;
    @Column(name = "codes_checksum")
    public String codesChecksum;
    @Column(name = "imported_at")
    public OffsetDateTime importedAt;
    @Column(name = "imported_by")
    public String importedBy;
    @Column(name = "data_rows")
    public int dataRows;
    public int rules;
    @Column(name = "drug_codes")
    public int drugCodes;
    public int created;
    public int updated;
    public int unchanged;
    public int retired;
    public int skipped;
    /** JSON text: [{"sheet", "row", "reason"}]. */
    @Column(name = "skipped_rows")
    public String skippedRows;
    /** JSON text: ["..."]. */
    public String warnings;
}
