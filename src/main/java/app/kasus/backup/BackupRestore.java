package app.kasus.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Restores a backup into a fresh instance: started with {@code --kasus.restore-from=<backup.zip>}, the application
 * replays the script before Flyway runs, so Flyway finds the restored schema history and only validates (or applies
 * the migrations newer than the backup). It refuses to start when the database already has tables, rather than mix
 * a backup into live data.
 */
@Component
class BackupRestore implements FlywayMigrationStrategy {

    private static final Logger log = LoggerFactory.getLogger(BackupRestore.class);

    private final String restoreFrom;
    private final String databaseUrl;

    BackupRestore(@Value("${kasus.restore-from:}") String restoreFrom,
                  @Value("${spring.datasource.url}") String databaseUrl) {
        this.restoreFrom = restoreFrom;
        this.databaseUrl = databaseUrl;
    }

    @Override
    public void migrate(org.flywaydb.core.Flyway flyway) {
        if (!restoreFrom.isBlank()) {
            restore(flyway.getConfiguration().getDataSource(), Path.of(restoreFrom), databaseUrl);
        }
        flyway.migrate();
    }

    /** Replays the backup into the (empty) database; fails with a message saying why it will not. */
    static void restore(DataSource dataSource, Path backup, String databaseUrl) {
        if (databaseUrl == null || !databaseUrl.startsWith("jdbc:h2:")) {
            throw new IllegalStateException("kasus.restore-from restores H2 backups only; restore PostgreSQL with "
                    + "pg_restore");
        }
        if (!Files.isRegularFile(backup)) {
            throw new IllegalStateException("kasus.restore-from: no backup file at " + backup.toAbsolutePath());
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            int tables = countTables(statement);
            if (tables > 0) {
                throw new IllegalStateException("kasus.restore-from: the database " + databaseUrl + " already has "
                        + tables + " tables; restore only into an empty data directory (a new --kasus.data-dir), "
                        + "and start without --kasus.restore-from afterwards");
            }
            statement.execute("RUNSCRIPT FROM " + BackupService.sqlString(backup.toAbsolutePath().toString())
                    + " COMPRESSION ZIP");
            log.info("Restored the backup {} into {}", backup.toAbsolutePath(), databaseUrl);
        } catch (SQLException e) {
            throw new IllegalStateException("kasus.restore-from: could not restore " + backup + ": " + e.getMessage(), e);
        }
    }

    private static int countTables(Statement statement) throws SQLException {
        try (ResultSet count = statement.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA <> 'INFORMATION_SCHEMA'")) {
            count.next();
            return count.getInt(1);
        }
    }
}
