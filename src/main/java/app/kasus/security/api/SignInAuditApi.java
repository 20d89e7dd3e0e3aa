package app.kasus.security.api;

import app.kasus.security.SignInAudit;
import app.kasus.security.SignInEvent;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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

    @Operation(summary = "The newest sign-in attempts", description = "At most 500; failed attempts of any kind and "
            + "sign-ins at the form (successful password calls of the API are not logged).")
    @GetMapping
    List<SignInEvent> recent(@RequestParam(defaultValue = "100") int limit) {
        return audit.recent(limit);
    }
}
