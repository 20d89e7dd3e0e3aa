package app.kasus.security.api;

import app.kasus.security.AccountService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account; its password change is the one call open while a one-time password must be replaced. */
@RestController
@RequestMapping("/api/account")
class AccountApi {

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
