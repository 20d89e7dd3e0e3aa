package app.kasus.security;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo profile's accounts, listed in the README; created when missing, never overwritten. */
@Component
@Profile("demo")
@Order(10)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "kasus-demo";

    private final AccountService accounts;

    DemoAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        accounts.ensureAccount("instructor", PASSWORD, "Demo Instructor", Role.INSTRUCTOR);
        accounts.ensureAccount("researcher", PASSWORD, "Demo Researcher", Role.RESEARCHER);
        for (int i = 1; i <= 6; i++) {
            accounts.ensureAccount("student" + i, PASSWORD, "Student " + i, Role.STUDENT);
        }
    }
}
