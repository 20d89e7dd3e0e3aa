package app.kasus.security.api;

import app.kasus.base.InvalidInputException;
import app.kasus.security.SignInAudit;
import app.kasus.security.SignInEvent;
import app.kasus.security.SignInOutcome;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The sign-in audit log for administrators. */
@RestController
@RequestMapping("/api/admin/sign-ins")
@Tag(name = "Sign-in audit", description = "Sign-in attempts: who, from where, outcome (administrators)")
class SignInAuditApi {

    private final SignInAudit audit;

    SignInAuditApi(SignInAudit audit) {
        this.audit = audit;
    }

    @Operation(summary = "The newest sign-in attempts", description = "At most 500 per call, from offset on; failed "
            + "attempts of any kind and sign-ins at the form (successful password calls of the API are not logged). "
            + "username: those whose name contains it (any case; % and _ are plain characters); outcome: one of "
            + "SUCCESS, BAD_CREDENTIALS, LOCKED, DISABLED, REFUSED.")
    @GetMapping
    List<SignInEvent> recent(@RequestParam(defaultValue = "100") int limit,
                             @RequestParam(defaultValue = "0") int offset,
                             @RequestParam(required = false) String username,
                             @RequestParam(required = false) String outcome) {
        return audit.page(new SignInAudit.Filter(username, outcome(outcome)), offset, Math.max(1, limit));
    }

    private static SignInOutcome outcome(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return SignInOutcome.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException("outcome", "one of " + Arrays.toString(SignInOutcome.values()));
        }
    }
}
