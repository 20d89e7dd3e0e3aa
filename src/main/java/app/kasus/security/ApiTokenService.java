package app.kasus.security;

import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's personal API tokens, and the check of a token a script sends. A token acts as its owner
 * with the owner's role and nothing more, and stops working when it expires, is revoked or the owner is disabled.
 */
@Service
public class ApiTokenService {

    /** How often a token's "last used" is written at most: often enough to spot an unused token, rarely enough to cost nothing. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final CurrentUser currentUser;
    private final int defaultDays;
    private final int maxDays;
    private final Map<Long, Instant> lastStamped = new ConcurrentHashMap<>();

    ApiTokenService(ApiTokenRepository tokens, CurrentUser currentUser,
                    @Value("${kasus.api-tokens.default-days:90}") int defaultDays,
                    @Value("${kasus.api-tokens.max-days:365}") int maxDays) {
        if (maxDays < 1 || defaultDays < 1 || defaultDays > maxDays) {
            throw new IllegalStateException("kasus.api-tokens: need 1 <= default-days (" + defaultDays
                    + ") <= max-days (" + maxDays + ")");
        }
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.defaultDays = defaultDays;
        this.maxDays = maxDays;
    }

    /** The lifetime of a token created without one. */
    public int defaultDays() {
        return defaultDays;
    }

    /** The longest lifetime a token may be given. */
    public int maxDays() {
        return maxDays;
    }

    /** {@code expiresInDays} null means {@link #defaultDays()}. The answer is the only time the secret is shown. */
    @Transactional
    public IssuedToken create(String name, Integer expiresInDays) {
        UserAccount me = currentUser.require();
        String checkedName = checkName(name);
        int days = expiresInDays == null ? defaultDays : expiresInDays;
        if (days < 1 || days > maxDays) {
            throw new InvalidInputException("expiresInDays", "must be between 1 and " + maxDays + " days");
        }
        String secret = ApiTokens.generate();
        // The database keeps microseconds; the answer must show what is stored, not the clock's nanoseconds.
        Instant now = app.kasus.base.StoredTime.now();
        ApiToken token = tokens.save(new ApiToken(me, checkedName, ApiTokens.hash(secret), now,
                now.plus(Duration.ofDays(days))));
        return new IssuedToken(token.getId(), checkedName, secret, token.getExpiresAt());
    }

    /** The caller's tokens, newest first, expired ones included (so they can be seen and revoked). */
    @Transactional(readOnly = true)
    public List<ApiTokenInfo> mine() {
        return tokens.findByOwner(currentUser.require().getId()).stream().map(ApiToken::toInfo).toList();
    }

    /** A window of {@link #mine()}, for a lazy list. */
    @Transactional(readOnly = true)
    public List<ApiTokenInfo> mine(int offset, int limit) {
        return tokens.findByOwner(currentUser.require().getId(), new OffsetPage(offset, limit)).stream()
                .map(ApiToken::toInfo).toList();
    }

    @Transactional(readOnly = true)
    public int countMine() {
        return (int) tokens.countByOwner(currentUser.require().getId());
    }

    /** Revokes one of the caller's tokens; anyone else's reads as unknown. */
    @Transactional
    public void revoke(long id) {
        ApiToken token = tokens.findOwned(id, currentUser.require().getId())
                .orElseThrow(() -> new NotFoundException("no token " + id + " of yours"));
        tokens.delete(token);
        lastStamped.remove(id);
    }

    /**
     * The enabled owner of a valid, unexpired token, loaded with the token in one query; empty for anything else.
     * Garbage is refused by its shape before any query.
     */
    @Transactional
    Optional<UserAccount> owner(String token) {
        if (!ApiTokens.wellFormed(token)) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Optional<ApiToken> found = tokens.findByHashWithOwner(ApiTokens.hash(token))
                .filter(t -> t.getExpiresAt().isAfter(now))
                .filter(t -> t.getOwner().isEnabled());
        found.ifPresent(t -> stampLastUsed(t, now));
        return found.map(ApiToken::getOwner);
    }

    private void stampLastUsed(ApiToken token, Instant now) {
        boolean[] due = {false};
        lastStamped.compute(token.getId(), (id, last) -> {
            Instant previous = last != null ? last : token.getLastUsedAt();
            if (previous == null || !previous.plus(LAST_USED_RESOLUTION).isAfter(now)) {
                due[0] = true;
                return now;
            }
            return previous;
        });
        if (due[0]) {
            tokens.touch(token.getId(), now);
        }
    }

    private static String checkName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("name", "required: say what the token is for");
        }
        if (stripped.length() > ApiTokens.MAX_NAME_LENGTH) {
            throw new InvalidInputException("name", "must be at most " + ApiTokens.MAX_NAME_LENGTH + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "must not contain control characters");
        }
        return stripped;
    }
}
