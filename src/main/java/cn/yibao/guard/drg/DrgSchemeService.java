package cn.yibao.guard.drg;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.exception.ConstraintViolationException;

import cn.yibao.guard.common.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The stored schemes: listing, the latest version of a name, and adding a version. */
@ApplicationScoped
public class DrgSchemeService {

    private final DrgSchemeRepository repository;
    private final Optional<String> defaultScheme;
    private final ZoneId zone;

    public DrgSchemeService(DrgSchemeRepository repository,
            @ConfigProperty(name = "yibao.drg.default-scheme") Optional<String> defaultScheme,
            @ConfigProperty(name = "yibao.hospital.zone") ZoneId zone) {
        this.repository = repository;
        this.defaultScheme = defaultScheme;
        this.zone = zone;
    }

    /** The scheme requests use when they name none, if one is configured. */
    public Optional<String> defaultScheme() {
        return defaultScheme;
    }

    @WithSession
    public Uni<List<SchemeSummary>> schemes() {
        return repository.latestVersions().map(list -> list.stream()
                .map(s -> s.asDefault(defaultScheme.map(s.name()::equals).orElse(false))).toList());
    }

    @WithSession
    public Uni<Integer> latestVersion(String name) {
        return repository.latestVersion(name);
    }

    @WithSession
    public Uni<StoredScheme> latest(String name) {
        return repository.latest(name);
    }

    /** Stores a checked scheme as the next version of its name. */
    @WithTransaction
    public Uni<SchemeSummary> store(PreparedScheme scheme, String user) {
        return repository.addVersion(scheme.toStored(user, OffsetDateTime.now(zone)))
                .map(s -> SchemeSummary.of(s).asDefault(defaultScheme.map(s.name::equals).orElse(false)))
                .onFailure(ConstraintViolationException.class).transform(e -> ProblemException.conflict(
                        "Another import of scheme " + scheme.name() + " finished first; try again"));
    }
}
