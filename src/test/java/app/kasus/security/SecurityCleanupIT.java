package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The cleanup removes old sign-in attempts and long-expired tokens, keeps the rest, and runs once per interval. */
@KasusIntegrationTest
class SecurityCleanupIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SecurityCleanup cleanup;

    private ApiFixtures fixtures;
    private final String marker = ApiFixtures.unique("cleanup");

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(port, ApiClient.as(port, "instructor", "kasus-demo"));
        // A run scheduled by the application itself may hold the lock: this test starts from a free one.
        jdbc.update("delete from cluster_lock where name = ?", SecurityCleanup.LOCK);
    }

    @AfterEach
    void tearDown() {
        jdbc.update("delete from sign_in_event where username like ?", marker + "%");
        jdbc.update("delete from cluster_lock where name = ?", SecurityCleanup.LOCK);
        fixtures.cleanUp();
    }

    @Test
    void removesWhatOutlivedItsRetentionOnlyAndOnceAtATime() {
        Instant now = Instant.now();
        signIn(marker + "-old", now.minus(Duration.ofDays(91)));
        signIn(marker + "-recent", now.minus(Duration.ofDays(89)));
        String owner = ApiFixtures.unique("cleanup");
        fixtures.createAccount(owner, "STUDENT");
        long ownerId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, owner);
        token(ownerId, "long expired", now.minus(Duration.ofDays(31)));
        token(ownerId, "just expired", now.minus(Duration.ofDays(1)));
        token(ownerId, "valid", now.plus(Duration.ofDays(1)));

        assertThat(cleanup.runOnce()).isTrue();

        assertThat(jdbc.queryForList("select username from sign_in_event where username like ?", String.class, marker + "%"))
                .containsExactly(marker + "-recent");
        assertThat(jdbc.queryForList("select name from api_token where owner_id = ?", String.class, ownerId))
                .containsExactlyInAnyOrder("just expired", "valid");
        // Another node's run a moment later finds the lock still held.
        assertThat(cleanup.runOnce()).isFalse();
    }

    private void signIn(String username, Instant at) {
        jdbc.update("insert into sign_in_event (occurred_at, username, remote_address, outcome) values (?, ?, null, 'BAD_CREDENTIALS')",
                Timestamp.from(at), username);
    }

    private void token(long ownerId, String name, Instant expires) {
        jdbc.update("insert into api_token (version, owner_id, name, token_hash, created_at, expires_at) values (0, ?, ?, ?, ?, ?)",
                ownerId, name, ApiFixtures.unique("hash"), Timestamp.from(expires.minus(Duration.ofDays(60))),
                Timestamp.from(expires));
    }
}
