package cn.yibao.guard.alert.bench;

/**
 * One station socket of the synthetic hospital: a physician workstation (医生工作站, {@code code} is the doctor
 * code) or a nurse station (护士站, {@code code} is the ward code), connected to instance {@code instance}.
 */
record Station(Kind kind, String code, String department, int instance) {

    enum Kind {
        PHYSICIAN("physician"), NURSE("nurse");

        final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    /** The socket's path, {@code /ws/stations/physician/{doctorCode}} or {@code /ws/stations/nurse/{wardCode}}. */
    String path() {
        return "/ws/stations/" + kind.path + "/" + code;
    }

    /** A key that tells stations apart whatever their kind. */
    String key() {
        return kind.path + ":" + code;
    }
}
