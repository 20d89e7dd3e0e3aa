package app.kasus.group;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SeminarGroupRepository extends JpaRepository<SeminarGroup, Long> {

    Optional<SeminarGroup> findByName(String name);

    Optional<SeminarGroup> findByNameIgnoreCase(String name);

    @Query("select g from SeminarGroup g join g.members m where m.id = :userId order by g.name")
    List<SeminarGroup> findByMember(Long userId);

    @Query("select count(g) > 0 from SeminarGroup g join g.members m where g.id = :groupId and m.id = :userId")
    boolean isMember(long groupId, long userId);

    @Query("select m.username from SeminarGroup g join g.members m where g.id = :groupId order by m.username")
    List<String> memberNames(Long groupId);

    /** Pairs of (group id, username) for the given groups: one query for a whole list of groups. */
    @Query("select g.id, m.username from SeminarGroup g join g.members m where g.id in :groupIds order by m.username")
    List<Object[]> memberNamesOf(Collection<Long> groupIds);

    /** Everyone sharing a group with the user (the user included when in any group), in one query. */
    @Query("select distinct mate.username from SeminarGroup g join g.members m join g.members mate where m.id = :userId")
    List<String> groupmateNames(Long userId);

    /** Pairs of (username, username) of the named users who share a group, in both orders, each with itself too. */
    @Query("select distinct m.username, mate.username from SeminarGroup g join g.members m join g.members mate"
            + " where m.username in :usernames and mate.username in :usernames")
    List<Object[]> groupmatePairsAmong(Collection<String> usernames);

    /** {@link #groupmateNames} by username. */
    @Query("select distinct mate.username from SeminarGroup g join g.members m join g.members mate where m.username = :username")
    List<String> groupmateNamesOf(String username);

    /** Pairs of (username, group name) for the named users, for lists that show each user's groups. */
    @Query("select m.username, g.name from SeminarGroup g join g.members m where m.username in :usernames order by g.name")
    List<Object[]> membershipsOf(Collection<String> usernames);
}
