package app.kasus.backup;

import java.time.Instant;

/** One backup the service wrote: its file name (also its id in the API), size in bytes and when it was made. */
public record BackupFile(String name, long size, Instant created) {
}
