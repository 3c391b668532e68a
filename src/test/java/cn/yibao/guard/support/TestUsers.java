package cn.yibao.guard.support;

import java.util.List;
import java.util.Optional;

import cn.yibao.guard.security.DemoTokens;
import cn.yibao.guard.security.DemoTokens.DemoUser;
import cn.yibao.guard.security.Roles;
import io.quarkus.arc.Arc;

/** Bearer tokens for the demo users that tests act as, signed by the test configuration's demo key. */
public final class TestUsers {

    private TestUsers() {
    }

    public static String his() {
        return token(new DemoUser("his", List.of(Roles.HIS), Optional.empty(), Optional.empty(), Optional.empty()));
    }

    public static String physician(String department, String doctorCode) {
        return token(new DemoUser("dr-" + doctorCode, List.of(Roles.PHYSICIAN), Optional.of(department),
                Optional.empty(), Optional.of(doctorCode)));
    }

    public static String nurse(String department, String ward) {
        return token(new DemoUser("nurse-" + ward, List.of(Roles.NURSE), Optional.of(department), Optional.of(ward),
                Optional.empty()));
    }

    public static String officer() {
        return token(new DemoUser("officer", List.of(Roles.INSURANCE_OFFICER), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    public static String supervisor() {
        return token(new DemoUser("boss", List.of(Roles.SUPERVISOR), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    public static String admin() {
        return token(new DemoUser("admin", List.of(Roles.ADMIN), Optional.empty(), Optional.empty(),
                Optional.empty()));
    }

    public static String token(DemoUser user) {
        return Arc.container().instance(DemoTokens.class).get().issue(user);
    }
}
