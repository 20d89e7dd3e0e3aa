package app.kasus.group;

import app.kasus.security.AccountService;
import app.kasus.security.UserAccount;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class GroupService {

    public record GroupSummary(long id, String name, List<String> members) {
    }

    private final SeminarGroupRepository groups;
    private final AccountService accounts;

    GroupService(SeminarGroupRepository groups, AccountService accounts) {
        this.groups = groups;
        this.accounts = accounts;
    }

    /** Creates the group if missing and adds the named users that exist; existing members stay. */
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
        return groups.findByMember(user.getId()).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public List<GroupSummary> all() {
        return groups.findAll(org.springframework.data.domain.Sort.by("name")).stream().map(this::summary).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<GroupSummary> byName(String name) {
        return groups.findByName(name).map(this::summary);
    }

    private GroupSummary summary(SeminarGroup group) {
        return new GroupSummary(group.getId(), group.getName(), groups.memberNames(group.getId()));
    }
}
