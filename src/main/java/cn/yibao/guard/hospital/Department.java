package cn.yibao.guard.hospital;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** 科室: a clinical department; physicians and nurses see their own department's encounters. */
@Entity
public class Department {

    @Id
    public String code;
    public String name;

    public Department() {
    }

    public Department(String code, String name) {
        this.code = code;
        this.name = name;
    }
}
