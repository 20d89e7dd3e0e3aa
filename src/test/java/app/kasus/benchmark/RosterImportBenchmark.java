package app.kasus.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.roster.RosterService;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.SignedIn;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Onboarding a full class: preview and import of a 500-student roster, BCrypt hashing of 500 one-time passwords
 * included, through the real services and database. One run each (an import cannot be repeated on the same names),
 * so the figure is a single wall time, not a median.
 */
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:kasus-bench;DB_CLOSE_DELAY=-1",
        "vaadin.launch-browser=false"})
@ActiveProfiles("demo")
class RosterImportBenchmark {

    @Autowired
    RosterService roster;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Test
    void importsAClassOfFiveHundred() {
        accounts.ensureAccount("bench-admin", "bench-admin-password", "Benchmark admin", Role.ADMIN);
        StringBuilder csv = new StringBuilder("username,display_name,group\n");
        for (int i = 0; i < 500; i++) {
            csv.append("bench").append(i).append(",Student ").append(i).append(",Bench group ").append(i % 20).append('\n');
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        boolean importable = SignedIn.as(users, "bench-admin", () -> roster.preview(file).importable());
        double previewMs = (System.nanoTime() - t0) / 1e6;
        assertThat(importable).isTrue();
        BenchmarkResults.record("RosterService.preview (students)", 500, previewMs, 2_000);

        t0 = System.nanoTime();
        List<RosterService.Enrolled> enrolled = SignedIn.as(users, "bench-admin", () -> roster.importRoster(file));
        double importMs = (System.nanoTime() - t0) / 1e6;
        assertThat(enrolled).hasSize(500);
        BenchmarkResults.record("RosterService.importRoster (students, BCrypt included)", 500, importMs, 60_000);
    }
}
