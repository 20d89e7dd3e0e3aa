package app.kasus.annotation.api;

import app.kasus.annotation.Presence;
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
class PresenceApi {

    private final Presence presence;

    PresenceApi(Presence presence) {
        this.presence = presence;
    }

    @PostMapping(path = "/api/presence/leave", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Void> leave(@RequestParam String view) {
        presence.leftBySignedInUser(view);
        return ResponseEntity.noContent().build();
    }
}
