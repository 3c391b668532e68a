package cn.yibao.guard.security;

import java.util.List;
import java.util.Optional;

import cn.yibao.guard.security.DemoTokens.DemoUser;

/**
 * The demo hospital's staff who may sign in at a station in the demo configuration: the same user ids and
 * claims as the demo users of the Keycloak realm ({@code src/main/keycloak/hospital-realm.json}), so that a
 * station behaves alike whichever way one signs in.
 */
public final class DemoStaff {

    /** A demo staff member: the token's claims plus a display name and a description of the role (中文). */
    public record Member(String id, String name, String description, List<String> roles, Optional<String> department,
            Optional<String> ward, Optional<String> doctorCode) {

        public DemoUser asDemoUser() {
            return new DemoUser(id, roles, department, ward, doctorCode);
        }
    }

    public static final List<Member> ALL = List.of(
            new Member("dr.zhang", "张医生", "医生 · 心血管内科 · 工号 D01", List.of(Roles.PHYSICIAN),
                    Optional.of("CARD"), Optional.empty(), Optional.of("D01")),
            new Member("nurse.li", "李护士", "护士 · 心血管内科 · 心内一病区 W3", List.of(Roles.NURSE),
                    Optional.of("CARD"), Optional.of("W3"), Optional.empty()),
            new Member("officer.wang", "王专员", "医保办", List.of(Roles.INSURANCE_OFFICER),
                    Optional.empty(), Optional.empty(), Optional.empty()),
            new Member("supervisor.chen", "陈院长", "院领导", List.of(Roles.SUPERVISOR),
                    Optional.empty(), Optional.empty(), Optional.empty()),
            new Member("admin.zhao", "赵管理员", "系统管理员", List.of(Roles.ADMIN),
                    Optional.empty(), Optional.empty(), Optional.empty()));

    private DemoStaff() {
    }

    public static Optional<Member> byId(String id) {
        return ALL.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
