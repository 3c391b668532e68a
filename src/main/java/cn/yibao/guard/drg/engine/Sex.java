package cn.yibao.guard.drg.engine;

/** Sex as on the settlement list (GB/T 2261.1): 1 male, 2 female, 9 not stated. */
public final class Sex {

    public static final int MALE = 1;
    public static final int FEMALE = 2;
    public static final int UNKNOWN = 9;

    private Sex() {
    }

    public static boolean isValid(int code) {
        return code == MALE || code == FEMALE || code == UNKNOWN;
    }

    public static String describe(int code) {
        return switch (code) {
            case MALE -> "male";
            case FEMALE -> "female";
            default -> "of unknown sex";
        };
    }
}
