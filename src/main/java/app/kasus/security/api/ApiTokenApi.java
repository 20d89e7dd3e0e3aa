package app.kasus.security.api;

import app.kasus.security.ApiTokenInfo;
import app.kasus.security.ApiTokenService;
import app.kasus.security.IssuedToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's personal API tokens: create (the only answer carrying the secret), list and revoke. */
@RestController
@RequestMapping("/api/tokens")
@Tag(name = "API tokens", description = "Personal tokens for scripts: `Authorization: Bearer kasus_…`")
class ApiTokenApi {

    record NewToken(String name, Integer expiresInDays) {
    }

    private final ApiTokenService tokens;

    ApiTokenApi(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    @Operation(summary = "Create a token", description = "The only answer that ever carries the token.")
    @ApiResponse(responseCode = "201", description = "The token")
    @PostMapping
    ResponseEntity<IssuedToken> create(@RequestBody NewToken request) {
        IssuedToken issued = tokens.create(request.name(), request.expiresInDays());
        return ResponseEntity.created(URI.create("/api/tokens/" + issued.id())).body(issued);
    }

    @Operation(summary = "The caller's tokens, newest first (never the secret)")
    @GetMapping
    List<ApiTokenInfo> list() {
        return tokens.mine();
    }

    @Operation(summary = "Revoke one of the caller's tokens")
    @ApiResponse(responseCode = "204", description = "Revoked")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable long id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
