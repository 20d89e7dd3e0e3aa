package app.kasus.annotation.api;

import app.kasus.annotation.Presence;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a closing reading page says it has gone ({@code navigator.sendBeacon}, a form post with the CSRF token):
 * the page's own Push connection cannot carry a last message while the page unloads.
 */
@RestController
@Tag(name = "Presence", description = "Who is reading a case now; sent by the reading page itself")
class PresenceApi {

    private final Presence presence;

    PresenceApi(Presence presence) {
        this.presence = presence;
    }

    @Operation(summary = "End the caller's presence on a closing reading page",
            description = "A form post (`navigator.sendBeacon`) of `view`, the reading page's own id, with the session's "
                    + "CSRF token.")
    @ApiResponse(responseCode = "204", description = "Ended")
    @PostMapping(path = "/api/presence/leave", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> leave(@RequestParam String view) {
        presence.leftBySignedInUser(view);
        return ResponseEntity.noContent().build();
    }
}
