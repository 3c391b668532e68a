package cn.yibao.guard.stay;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/** Encounters (stays and visits) as other features may read them. */
@ApplicationScoped
public class StayService {

    /** The encounter, if any order check has reported it. */
    @WithSession
    public Uni<Optional<Stay>> stay(String encounterId) {
        return Panache.getSession().flatMap(s -> s.find(Encounter.class, encounterId)
                .flatMap(e -> e == null ? Uni.createFrom().item(Optional.<Stay>empty())
                        : insuranceTypes(encounterId).map(types -> Optional.of(view(e, types)))));
    }

    private Uni<List<InsuranceType>> insuranceTypes(String encounterId) {
        return Panache.getSession().flatMap(s -> s.createQuery("select i.insuranceType from EncounterInsurance i "
                + "where i.encounterId = ?1 order by i.firstSeenAt, i.insuranceType", InsuranceType.class)
                .setParameter(1, encounterId).getResultList());
    }

    private static Stay view(Encounter e, List<InsuranceType> types) {
        return new Stay(e.id, e.type, e.departmentCode, e.wardCode, e.admittedAt, e.insuranceType, types,
                e.hospitalLevel, e.patientId, e.patientSex, e.patientBirthDate,
                e.diagnoses == null ? List.of() : List.of(e.diagnoses), e.firstSeenAt, e.updatedAt);
    }
}
