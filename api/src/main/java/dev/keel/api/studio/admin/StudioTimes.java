package dev.keel.api.studio.admin;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The original's timestamps: UTC "YYYY-MM-DD HH:MM:SS". */
public final class StudioTimes {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private StudioTimes() {
    }

    public static String format(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).format(FORMAT);
    }
}
