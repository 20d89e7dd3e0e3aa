package app.kasus.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In production the only way in is an administrator whose password the deployer supplies. */
@Component
@Profile("prod")
@Order(10)
class AdminBootstrap implements ApplicationRunner {

    static final int MIN_PASSWORD_LENGTH = 12;

    private final AccountService accounts;
    private final String username;
    private final String password;

    AdminBootstrap(AccountService accounts,
                   @Value("${kasus.admin.username:admin}") String username,
                   @Value("${kasus.admin.password:}") String password) {
        this.accounts = accounts;
        this.username = username;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(
                    "The prod profile needs an administrator password: set the environment variable KASUS_ADMIN_PASSWORD");
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException(
                    "KASUS_ADMIN_PASSWORD must have at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        accounts.ensureAccount(username, password, "Administrator", Role.ADMIN);
    }
}
