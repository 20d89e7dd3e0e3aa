package app.kasus.security.api;

import app.kasus.security.AccountService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own account; its password change is the one call open while a one-time password must be replaced. */
@RestController
@RequestMapping("/api/account")
@Tag(name = "My account", description = "The caller's own account")
class AccountApi {

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final AccountService accounts;

    AccountApi(AccountService accounts) {
        this.accounts = accounts;
    }

    @Operation(summary = "Change one's password", description = "The only call a one-time password allows.")
    @ApiResponse(responseCode = "204", description = "Changed")
    @PutMapping("/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange change) {
        accounts.changeOwnPassword(change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }
}
