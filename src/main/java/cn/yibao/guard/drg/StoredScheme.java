package cn.yibao.guard.drg;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One imported version of a grouping scheme (分组方案): its summary and the archive it is compiled from.
 */
@Entity
@Table(name = "drg_scheme")
public class StoredScheme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String name;
    public int version;
    @Column(name = "imported_at")
    public OffsetDateTime importedAt;
    @Column(name = "imported_by")
    public String importedBy;
    @Column(name = "mdc_count")
    public int mdcCount;
    @Column(name = "adrg_count")
    public int adrgCount;
    @Column(name = "drg_count")
    public int drgCount;
    @Column(name = "code_lists")
    public String codeLists;
    @Column(name = "archive_sha256")
    public String archiveSha256;
    public byte[] archive;
}
