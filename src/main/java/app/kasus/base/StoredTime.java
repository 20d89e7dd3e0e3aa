package app.kasus.base;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time to store for "now": H2 and PostgreSQL keep timestamps to the microsecond, so an entity that kept
 * {@link Instant#now()}'s nanoseconds answered its creator with a time it would never read back again.
 */
public final class StoredTime {

    private StoredTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
