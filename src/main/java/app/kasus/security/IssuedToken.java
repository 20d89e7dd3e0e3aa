package app.kasus.security;

import java.time.Instant;

/** A token just created: the only moment its secret {@code token} is known to anyone but its owner. */
public record IssuedToken(long id, String name, String token, Instant expires) {
}
