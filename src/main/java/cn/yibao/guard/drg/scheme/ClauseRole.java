package cn.yibao.guard.drg.scheme;

/** What a clause of a scheme file asks of a case. */
enum ClauseRole {
    /** 包含以下主要诊断：the principal diagnosis is in the list that follows. */
    PRINCIPAL_DIAGNOSIS(true, Kind.DIAGNOSIS),
    /** 主要诊断或其他诊断中包含以下诊断： / 包含以下诊断：some diagnosis is in the list. */
    ANY_DIAGNOSIS(true, Kind.DIAGNOSIS),
    /** 包含以下主要手术或操作：the principal procedure is in the list. */
    PRINCIPAL_PROCEDURE(true, Kind.PROCEDURE),
    /** 同时包含以下手术：… 和 …: some procedure is in each of the lists. */
    PROCEDURE_GROUP(true, Kind.PROCEDURE),
    /** 主要诊断：a named diagnosis table, used by the formula lines. */
    DIAGNOSIS_TABLE(true, Kind.DIAGNOSIS),
    /** 手术表 N：a named procedure table, used by the formula lines. */
    PROCEDURE_TABLE(true, Kind.PROCEDURE),
    /** 全部手术 / 包含全部手术：the principal procedure is an operating-room procedure. */
    OPERATING_ROOM(false, Kind.NONE),
    /** 无手术：the principal procedure, if any, is not an operating-room procedure. */
    NO_OPERATING_ROOM(false, Kind.NONE),
    /** 符合 MDCx 主诊表：the principal diagnosis is in another MDC's table. */
    MDC_TABLE(false, Kind.NONE),
    /** A body-region heading of an MDC table (MDCZ: 头颈部创伤, 胸部创伤, …). */
    REGION(false, Kind.NONE);

    private final boolean opensList;
    private final Kind kind;

    ClauseRole(boolean opensList, Kind kind) {
        this.opensList = opensList;
        this.kind = kind;
    }

    boolean opensList() {
        return opensList;
    }

    Kind kind() {
        return kind;
    }

    /** Which kind of code a list holds. */
    enum Kind {
        DIAGNOSIS, PROCEDURE, NONE
    }
}
