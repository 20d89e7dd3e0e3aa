package app.kasus.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    /** The token with its owner in one query: a request authenticated by token loads its account only here. */
    @Query("select t from ApiToken t join fetch t.owner where t.tokenHash = :hash")
    Optional<ApiToken> findByHashWithOwner(String hash);

    @Query("select t from ApiToken t where t.owner.id = :ownerId order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOwner(long ownerId);

    @Query("select t from ApiToken t where t.owner.id = :ownerId order by t.createdAt desc, t.id desc")
    List<ApiToken> findByOwner(long ownerId, Pageable page);

    @Query("select count(t) from ApiToken t where t.owner.id = :ownerId")
    long countByOwner(long ownerId);

    @Query("select t from ApiToken t where t.id = :id and t.owner.id = :ownerId")
    Optional<ApiToken> findOwned(long id, long ownerId);

    /** Bypasses the version: a usage stamp must never conflict with the owner renaming or revoking the token. */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :at where t.id = :id")
    int touch(long id, Instant at);

    /** Tokens that expired before {@code before}; those expired more recently stay listed for their owners. */
    @Modifying
    @Transactional
    @Query("delete from ApiToken t where t.expiresAt < :before")
    int deleteExpiredBefore(Instant before);
}
