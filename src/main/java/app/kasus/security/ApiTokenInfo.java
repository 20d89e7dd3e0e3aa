package app.kasus.security;

import java.time.Instant;

/** A token as its owner sees it in a list: never the secret. {@code lastUsed} is null until first used, and coarse. */
public record ApiTokenInfo(long id, String name, Instant created, Instant expires, Instant lastUsed) {
}
