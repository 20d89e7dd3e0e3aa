package app.kasus.group;

import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.security.AccountService;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seminar groups, as {@link GroupAccess} allows: instructors and administrators form them; students see their own. A student may be in several
 * groups; deleting a group removes memberships only, never anyone's coding.
 */
@Service
public class GroupService {

    public record GroupSummary(long id, long version, String name, List<String> members) {
    }

    private final SeminarGroupRepository groups;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final GroupAccess access;

    GroupService(SeminarGroupRepository groups, AccountService accounts, CurrentUser currentUser, GroupAccess access) {
        this.groups = groups;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** Creates the group if missing and adds the named users that exist; existing members stay. For seeding. */
    @Transactional
    public GroupSummary ensureGroup(String name, List<String> usernames) {
        SeminarGroup group = groups.findByName(name).orElseGet(() -> groups.save(new SeminarGroup(name)));
        for (String username : usernames) {
            accounts.find(username).ifPresent(group.members()::add);
        }
        return summary(group);
    }

    @Transactional(readOnly = true)
    public List<GroupSummary> groupsOf(UserAccount user) {
        return summaries(groups.findByMember(user.getId()));
    }

    @Transactional(readOnly = true)
    public List<GroupSummary> all() {
        return summaries(groups.findAll(Sort.by("name")));
    }

    @Transactional(readOnly = true)
    public Optional<GroupSummary> byName(String name) {
        return groups.findByName(name).map(this::summary);
    }

    /** The groups the signed-in user may see: all of them for staff, their own for students. */
    @Transactional(readOnly = true)
    public List<GroupSummary> visible() {
        UserAccount me = currentUser.require();
        return access.seesEveryGroup(me) ? all() : groupsOf(me);
    }

    /** Each named user's group names, for lists of accounts. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> groupNamesOf(Collection<String> usernames) {
        Map<String, List<String>> byUser = new LinkedHashMap<>();
        if (usernames.isEmpty()) {
            return byUser;
        }
        for (Object[] row : groups.membershipsOf(usernames)) {
            byUser.computeIfAbsent((String) row[0], u -> new ArrayList<>()).add((String) row[1]);
        }
        return byUser;
    }

    @Transactional
    public GroupSummary create(String name) {
        access.requireManage(currentUser.require());
        String clean = checkName(name, null);
        try {
            return summary(groups.saveAndFlush(new SeminarGroup(clean)));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidInputException("name", "a group named " + clean + " exists");
        }
    }

    /** Renames the group; {@code expectedVersion} (when given) refuses a rename of a group changed meanwhile. */
    @Transactional
    public GroupSummary rename(long id, String name, Long expectedVersion) {
        access.requireManageable(currentUser.require(), id);
        SeminarGroup group = require(id, expectedVersion);
        group.rename(checkName(name, id));
        return summary(groups.saveAndFlush(group));
    }

    @Transactional
    public void delete(long id, Long expectedVersion) {
        access.requireManageable(currentUser.require(), id);
        groups.delete(require(id, expectedVersion));
    }

    /** Replaces the members; an instructor may place only accounts they manage (students). */
    @Transactional
    public GroupSummary setMembers(long id, List<String> usernames, Long expectedVersion) {
        UserAccount me = currentUser.require();
        access.requireManageable(me, id);
        SeminarGroup group = require(id, expectedVersion);
        Set<UserAccount> members = new LinkedHashSet<>();
        for (String username : usernames == null ? List.<String>of() : usernames) {
            UserAccount account = accounts.find(username)
                    .filter(a -> access.mayPlace(me, a))
                    .orElseThrow(() -> new InvalidInputException("members", "no student account named "
                            + Usernames.normalize(username)));
            members.add(account);
        }
        group.members().clear();
        group.members().addAll(members);
        return summary(groups.saveAndFlush(group));
    }

    /**
     * Puts each user into the named groups, creating groups that do not exist yet (matched without regard to
     * case). Runs in the caller's transaction, so a roster import stores all of it or nothing.
     */
    @Transactional
    public void enrol(Map<String, List<String>> groupNamesByUser) {
        access.requireManage(currentUser.require());
        Map<String, SeminarGroup> byKey = new LinkedHashMap<>();
        Map<String, UserAccount> found = accounts.findAll(groupNamesByUser.keySet());
        groupNamesByUser.forEach((username, names) -> {
            UserAccount account = Optional.ofNullable(found.get(Usernames.normalize(username)))
                    .orElseThrow(() -> new InvalidInputException("members", "no account named " + username));
            for (String name : names) {
                String clean = name.strip();
                SeminarGroup group = byKey.computeIfAbsent(clean.toLowerCase(java.util.Locale.ROOT),
                        k -> groups.findByNameIgnoreCase(clean).orElseGet(() -> groups.save(new SeminarGroup(checkName(clean, null)))));
                group.members().add(account);
            }
        });
    }

    /** The names of all groups, lower-cased: to tell in one query which names of a roster are new. */
    @Transactional(readOnly = true)
    public Set<String> existingNamesLowerCase() {
        return groups.findAll().stream().map(g -> g.getName().toLowerCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Whether a group of that name exists (compared without regard to case). */
    @Transactional(readOnly = true)
    public boolean exists(String name) {
        return name != null && groups.findByNameIgnoreCase(name.strip()).isPresent();
    }

    /** Why the group name is not acceptable, or empty when it is: the rule forms and the roster import share. */
    public static Optional<String> nameProblem(String name) {
        if (name == null || name.isBlank()) {
            return Optional.of("must not be empty");
        }
        if (name.strip().length() > SeminarGroup.MAX_NAME_LENGTH) {
            return Optional.of("must have at most " + SeminarGroup.MAX_NAME_LENGTH + " characters");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        return Optional.empty();
    }

    private String checkName(String name, Long ownId) {
        nameProblem(name).ifPresent(p -> {
            throw new InvalidInputException("name", p);
        });
        String clean = name.strip();
        groups.findByNameIgnoreCase(clean).filter(g -> !g.getId().equals(ownId)).ifPresent(g -> {
            throw new InvalidInputException("name", "a group named " + g.getName() + " exists");
        });
        return clean;
    }

    private SeminarGroup require(long id, Long expectedVersion) {
        SeminarGroup group = groups.findById(id).orElseThrow(() -> new NotFoundException("no group " + id));
        if (expectedVersion != null && expectedVersion != group.getVersion()) {
            throw new StaleVersionException("the group was changed by someone else; reload it");
        }
        return group;
    }

    /** Summaries of many groups with their members read in one query rather than one per group. */
    private List<GroupSummary> summaries(List<SeminarGroup> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> members = new java.util.HashMap<>();
        for (Object[] row : groups.memberNamesOf(list.stream().map(SeminarGroup::getId).toList())) {
            members.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return list.stream().map(g -> new GroupSummary(g.getId(), g.getVersion(), g.getName(),
                List.copyOf(members.getOrDefault(g.getId(), List.of())))).toList();
    }

    private GroupSummary summary(SeminarGroup group) {
        return new GroupSummary(group.getId(), group.getVersion(), group.getName(), groups.memberNames(group.getId()));
    }
}
