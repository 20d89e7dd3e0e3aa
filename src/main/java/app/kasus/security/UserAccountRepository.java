package app.kasus.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Takes the name as stored: callers normalize with {@link Usernames#normalize} first. */
    Optional<UserAccount> findByUsername(String username);

    List<UserAccount> findByUsernameIn(Collection<String> usernames);

    @Query("select u from UserAccount u where u.role in :roles and (:filter = '' or lower(u.username) like :filter"
            + " or lower(u.displayName) like :filter) order by u.username")
    List<UserAccount> search(Collection<Role> roles, String filter, Pageable page);

    @Query("select count(u) from UserAccount u where u.role in :roles and (:filter = '' or lower(u.username) like :filter"
            + " or lower(u.displayName) like :filter)")
    long countSearch(Collection<Role> roles, String filter);
}
