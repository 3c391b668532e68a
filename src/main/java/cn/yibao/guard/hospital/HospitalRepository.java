package cn.yibao.guard.hospital;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/** Reads and writes the hospital's departments, wards and doctors. */
@ApplicationScoped
public class HospitalRepository {

    public Uni<List<Department>> departments() {
        return Panache.getSession().flatMap(s -> s.createQuery("from Department order by code", Department.class)
                .getResultList());
    }

    public Uni<List<Ward>> wards() {
        return Panache.getSession().flatMap(s -> s.createQuery("from Ward order by code", Ward.class)
                .getResultList());
    }

    public Uni<List<Doctor>> doctors() {
        return Panache.getSession().flatMap(s -> s.createQuery("from Doctor order by code", Doctor.class)
                .getResultList());
    }

    public Uni<Ward> ward(String code) {
        return Panache.getSession().flatMap(s -> s.find(Ward.class, code));
    }

    public Uni<Doctor> doctor(String code) {
        return Panache.getSession().flatMap(s -> s.find(Doctor.class, code));
    }

    /** Inserts or updates each record by its code. */
    public Uni<Void> save(Hospital hospital) {
        return Panache.getSession().flatMap(s -> s.mergeAll(hospital.departments().toArray())
                .flatMap(v -> s.flush())
                .flatMap(v -> s.mergeAll(hospital.wards().toArray()))
                .flatMap(v -> s.mergeAll(hospital.doctors().toArray())));
    }
}
