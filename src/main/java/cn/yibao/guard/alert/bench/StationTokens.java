package cn.yibao.guard.alert.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import cn.yibao.guard.security.DemoTokens;
import cn.yibao.guard.security.DemoTokens.DemoUser;
import cn.yibao.guard.security.Roles;

/**
 * Bearer tokens for the stations and for the HIS that submits the checks, signed with the instances' demo key
 * (the benchmark runs against the demo configuration). One token per station, carrying exactly the claims the
 * station's socket requires: {@code doctor_code} for a workstation, {@code ward} for a nurse station.
 */
final class StationTokens {

    private final DemoTokens tokens;

    StationTokens(Path keyFile, String issuer) {
        if (!Files.isReadable(keyFile)) {
            throw new IllegalArgumentException("No demo signing key at " + keyFile + ": start an instance in the demo "
                    + "configuration first (it creates the key) or pass --key-file");
        }
        this.tokens = new DemoTokens(true, issuer, keyFile, Duration.ofHours(12));
    }

    String his() {
        return tokens.issue(new DemoUser("ab-his", List.of(Roles.HIS), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    String station(Station s) {
        return switch (s.kind()) {
            case PHYSICIAN -> tokens.issue(new DemoUser("ab-dr-" + s.code(), List.of(Roles.PHYSICIAN),
                    Optional.of(s.department()), Optional.empty(), Optional.of(s.code())));
            case NURSE -> tokens.issue(new DemoUser("ab-nurse-" + s.code(), List.of(Roles.NURSE),
                    Optional.of(s.department()), Optional.of(s.code()), Optional.empty()));
        };
    }
}
