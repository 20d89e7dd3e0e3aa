package app.kasus.backup;

import app.kasus.base.ConflictException;
import app.kasus.base.NotFoundException;
import app.kasus.security.AccessRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Online backups of the embedded H2 database, written while the application keeps serving, and the list of them.
 *
 * <p>A backup is H2's {@code SCRIPT TO … COMPRESSION ZIP}, not {@code BACKUP TO}: the script is SQL that
 * {@code RUNSCRIPT} replays into any new, empty database through JDBC ({@link BackupRestore}), whatever file name,
 * folder or H2 file format the new instance uses. {@code BACKUP TO} zips the database file itself, which restores
 * only by unpacking it by hand into a data directory under the right name, and only into the same H2 file format.
 * The script is read in one serializable transaction, so it is one snapshot even while coders keep writing.
 */
@Service
public class BackupService {

    private final DataSource dataSource;
    private final String databaseUrl;
    private final Path folder;
    private final AccessRules access;
    private final Clock clock;

    BackupService(DataSource dataSource, @Value("${spring.datasource.url}") String databaseUrl,
                  @Value("${kasus.backup.dir:${kasus.data-dir}/backups}") Path folder, AccessRules access) {
        this.dataSource = dataSource;
        this.databaseUrl = databaseUrl;
        this.folder = folder;
        this.access = access;
        this.clock = Clock.systemUTC();
    }

    /** Writes a backup of the whole database now and answers what was written. */
    public synchronized BackupFile create() {
        requireBackUp();
        requireH2(databaseUrl);
        Instant now = clock.instant();
        String name = BackupNames.forTime(now);
        Path target = folder.resolve(name);
        // Written under another name first, so the list and the download never offer a half-written file.
        Path partial = folder.resolve(name + ".part");
        try {
            Files.createDirectories(folder);
            script(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            return describe(target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the backup " + target, e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Nothing lists .part files; a leftover is harmless.
            }
        }
    }

    /** The backups in the folder, newest first. */
    public List<BackupFile> list() {
        requireBackUp();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> BackupNames.isBackupName(file.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .map(BackupService::describe)
                    .sorted(Comparator.comparing(BackupFile::name).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder, e);
        }
    }

    /** The file of a backup this service wrote; any other name, or one not (or no longer) there, is not found. */
    public Path file(String name) {
        requireBackUp();
        if (!BackupNames.isBackupName(name)) {
            throw new NotFoundException("no backup named " + name);
        }
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new NotFoundException("no backup named " + name);
        }
        return file;
    }

    /** Whether the signed-in user backs up the database, for pages deciding what to offer. */
    public boolean mayBackUp() {
        return access.mayBackUp(access.me());
    }

    private void requireBackUp() {
        if (!mayBackUp()) {
            throw new AccessDeniedException("only administrators back up the database");
        }
    }

    static void requireH2(String databaseUrl) {
        if (databaseUrl == null || !databaseUrl.startsWith("jdbc:h2:")) {
            throw new ConflictException("the built-in backup works on the embedded H2 database only; "
                    + "back up PostgreSQL with pg_dump (and restore with pg_restore)");
        }
    }

    private void script(Path file) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SCRIPT TO " + sqlString(file.toAbsolutePath().toString()) + " COMPRESSION ZIP");
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the database refused the backup: " + e.getMessage(), e);
        }
    }

    /** A file name as an SQL string literal; H2 takes no parameters in SCRIPT and RUNSCRIPT. */
    static String sqlString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static BackupFile describe(Path file) {
        try {
            return new BackupFile(file.getFileName().toString(), Files.size(file),
                    Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
