package app.kasus.group;

import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whose coding a user may read: their own, their groupmates' (anyone sharing a seminar group with them) and, for
 * staff (who see every group, {@link GroupAccess}), everyone's. The one rule the reading view, the API, comments
 * and the assessment ask.
 */
@Component
public class CodingVisibility {

    private final SeminarGroupRepository groups;
    private final GroupAccess access;

    CodingVisibility(SeminarGroupRepository groups, GroupAccess access) {
        this.groups = groups;
        this.access = access;
    }

    public boolean seesEveryone(UserAccount viewer) {
        return access.seesEveryGroup(viewer);
    }

    @Transactional(readOnly = true)
    public boolean maySee(UserAccount viewer, String coder) {
        String name = Usernames.normalize(coder);
        return viewer.getUsername().equals(name) || seesEveryone(viewer) || groupmates(viewer).contains(name);
    }

    /** The viewer and everyone who shares one of their groups, by username. */
    @Transactional(readOnly = true)
    public Set<String> groupmates(UserAccount viewer) {
        Set<String> names = new LinkedHashSet<>();
        names.add(viewer.getUsername());
        names.addAll(groups.groupmateNames(viewer.getId()));
        return names;
    }

    /**
     * The coder and everyone who shares one of their groups: besides staff, who may see the coder's coding (sharing a
     * group goes both ways). One query answers for every open view a change of the coder's reaches.
     */
    @Transactional(readOnly = true)
    public Set<String> groupmatesOf(String coder) {
        String name = Usernames.normalize(coder);
        Set<String> names = new LinkedHashSet<>();
        names.add(name);
        names.addAll(groups.groupmateNamesOf(name));
        return names;
    }

    /**
     * For each of the named users (normalized usernames) who is in a group: those of the named who share one with them,
     * themselves included. One query answers who of a case's readers may see whom.
     */
    @Transactional(readOnly = true)
    public Map<String, Set<String>> groupmatesAmong(Collection<String> usernames) {
        Map<String, Set<String>> mates = new HashMap<>();
        if (usernames.isEmpty()) {
            return mates;
        }
        for (Object[] pair : groups.groupmatePairsAmong(Set.copyOf(usernames))) {
            mates.computeIfAbsent((String) pair[0], u -> new HashSet<>()).add((String) pair[1]);
        }
        return mates;
    }
}
