package app.kasus.base.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A fingerprint of every row of every table the application owns, to tell whether a request changed anything.
 * Left out: what a request is meant to change whatever it asks (the sign-in audit log, a token's last use) and
 * Flyway's own table.
 */
final class DatabaseState {

    // The cluster's own bookkeeping (a cleanup's lock, open reading pages) may change on its own during a try.
    private static final Set<String> IGNORED_TABLES = Set.of("FLYWAY_SCHEMA_HISTORY", "SIGN_IN_EVENT", "CLUSTER_LOCK",
            "PRESENCE_VISIT");
    private static final Map<String, Set<String>> IGNORED_COLUMNS = Map.of("API_TOKEN", Set.of("LAST_USED_AT"));

    private final JdbcTemplate jdbc;
    private final Map<String, String> selects = new TreeMap<>();

    DatabaseState(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        // H2 names the schema and its tables in upper case, PostgreSQL in lower case: compare in upper case, quote
        // as the database spells them.
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables "
                + "where upper(table_schema) = 'PUBLIC' and table_type = 'BASE TABLE'", String.class);
        for (String table : tables) {
            if (IGNORED_TABLES.contains(table.toUpperCase(java.util.Locale.ROOT))) {
                continue;
            }
            Set<String> ignored = IGNORED_COLUMNS.getOrDefault(table.toUpperCase(java.util.Locale.ROOT), Set.of());
            List<String> columns = new ArrayList<>();
            for (String column : jdbc.queryForList("select column_name from information_schema.columns "
                    + "where upper(table_schema) = 'PUBLIC' and table_name = ? order by ordinal_position", String.class, table)) {
                if (!ignored.contains(column.toUpperCase(java.util.Locale.ROOT))) {
                    columns.add('"' + column + '"');
                }
            }
            String list = String.join(", ", columns);
            selects.put(table, "select " + list + " from \"" + table + "\" order by " + list);
        }
        if (selects.size() < 10) {
            throw new IllegalStateException("expected the application's tables, found " + selects.keySet());
        }
    }

    /** Table name to a digest of its rows; equal maps mean no row was added, removed or changed. */
    Map<String, String> fingerprint() {
        Map<String, String> digests = new TreeMap<>();
        selects.forEach((table, select) -> {
            MessageDigest digest = sha256();
            int[] rows = {0};
            jdbc.query(select, row -> {
                rows[0]++;
                int columns = row.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    Object value = row.getObject(i);
                    digest.update(value instanceof byte[] bytes ? bytes
                            : String.valueOf(value).getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) 0x1f);
                }
                digest.update((byte) 0x1e);
            });
            digests.put(table, rows[0] + " rows " + HexFormat.of().formatHex(digest.digest(), 0, 8));
        });
        return digests;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
