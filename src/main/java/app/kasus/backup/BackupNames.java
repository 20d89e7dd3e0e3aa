package app.kasus.backup;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The names the service gives backups, and the test whether a name is one of them. A name that comes from a URL is
 * only ever resolved against the backup folder once it matches exactly: no separators, no dots but the extension's,
 * so {@code ../}, absolute paths and other files in the folder are never served.
 */
final class BackupNames {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final Pattern NAME = Pattern.compile("kasus-\\d{8}-\\d{6}-\\d{3}\\.zip");

    private BackupNames() {
    }

    static String forTime(Instant time) {
        return "kasus-" + STAMP.format(time) + ".zip";
    }

    static boolean isBackupName(String name) {
        return name != null && NAME.matcher(name).matches();
    }
}
