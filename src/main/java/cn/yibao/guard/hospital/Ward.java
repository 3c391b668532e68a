package cn.yibao.guard.hospital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** 病区: a ward with its nurse station, belonging to one department. */
@Entity
public class Ward {

    @Id
    public String code;
    public String name;
    @Column(name = "department_code")
    public String departmentCode;

    public Ward() {
    }

    public Ward(String code, String name, String departmentCode) {
        this.code = code;
        this.name = name;
        this.departmentCode = departmentCode;
    }
}
