package app.kasus.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.base.ConflictException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BackupNamesTest {

    @Test
    void theNamesTheServiceGivesAreAccepted() {
        String name = BackupNames.forTime(Instant.parse("2026-11-26T12:34:56.789Z"));
        assertThat(name).isEqualTo("kasus-20261126-123456-789.zip");
        assertThat(BackupNames.isBackupName(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "kasus.mv.db", "../kasus-20261126-123456-789.zip", "..", "../../etc/passwd",
            "/tmp/kasus-20261126-123456-789.zip", "kasus-20261126-123456-789.zip.part", "kasus-20261126-123456-789.ZIP",
            "kasus-20261126-123456-789.zip/..", "kasus-2026112-123456-789.zip", "kasus-20261126-123456-789.zip\n",
            "sub/kasus-20261126-123456-789.zip", "kasus-20261126-123456-789\u0000.zip", "kasus-２0261126-123456-789.zip"})
    void anythingElseIsRefused(String name) {
        assertThat(BackupNames.isBackupName(name)).as(name).isFalse();
    }

    @Test
    void nullIsRefused() {
        assertThat(BackupNames.isBackupName(null)).isFalse();
    }

    @Test
    void aDatabaseOtherThanH2IsPointedAtPgDump() {
        assertThatThrownBy(() -> BackupService.requireH2("jdbc:postgresql://localhost/kasus"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("pg_dump");
        BackupService.requireH2("jdbc:h2:file:./data/kasus");
    }

    @Test
    void fileNamesAreQuotedAsSqlStrings() {
        assertThat(BackupService.sqlString("/srv/o'brien/kasus.zip")).isEqualTo("'/srv/o''brien/kasus.zip'");
    }
}
