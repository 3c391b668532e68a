package cn.yibao.guard.hospital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** 医生: identified by the HIS doctor code that order lines carry. */
@Entity
public class Doctor {

    @Id
    public String code;
    public String name;
    @Column(name = "department_code")
    public String departmentCode;
    public String title;

    public Doctor() {
    }

    public Doctor(String code, String name, String departmentCode, String title) {
        this.code = code;
        this.name = name;
        this.departmentCode = departmentCode;
        this.title = title;
    }
}
