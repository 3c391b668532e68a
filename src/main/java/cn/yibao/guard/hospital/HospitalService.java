package cn.yibao.guard.hospital;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The hospital's organisation, as other features may read it. */
@ApplicationScoped
public class HospitalService {

    private final HospitalRepository repository;

    public HospitalService(HospitalRepository repository) {
        this.repository = repository;
    }

    @WithSession
    public Uni<Hospital> hospital() {
        return repository.departments().flatMap(departments -> repository.wards()
                .flatMap(wards -> repository.doctors()
                        .map(doctors -> new Hospital(departments, wards, doctors))));
    }

    /** The department a ward belongs to, if the ward is known. */
    @WithSession
    public Uni<Optional<String>> departmentOfWard(String wardCode) {
        return repository.ward(wardCode).map(w -> Optional.ofNullable(w).map(x -> x.departmentCode));
    }

    /** The department a doctor belongs to, if the doctor is known. */
    @WithSession
    public Uni<Optional<String>> departmentOfDoctor(String doctorCode) {
        return repository.doctor(doctorCode).map(d -> Optional.ofNullable(d).map(x -> x.departmentCode));
    }

    @WithTransaction
    public Uni<Void> save(Hospital hospital) {
        return repository.save(hospital);
    }
}
