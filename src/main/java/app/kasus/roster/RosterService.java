package app.kasus.roster;

import app.kasus.base.Csv;
import app.kasus.base.InvalidInputException;
import app.kasus.group.GroupService;
import app.kasus.security.AccessRules;
import app.kasus.security.AccountService;
import app.kasus.security.CurrentUser;
import app.kasus.security.IssuedPassword;
import app.kasus.security.NewAccount;
import app.kasus.security.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Onboards a class: student accounts with their seminar groups, one by one or from a roster file. An import is
 * all or nothing, in one transaction, and hands back each new student's one-time password.
 */
@Service
public class RosterService {

    /** The most students one file may hold; the import page says so. */
    public static final int MAX_ROWS = RosterFile.MAX_ROWS;
    /** The largest file read; the upload refuses bigger ones before they are sent. */
    public static final int MAX_BYTES = RosterFile.MAX_BYTES;
    /** The header line a roster file starts with, in this order. */
    public static final List<String> HEADER = RosterFile.HEADER;

    /** A new account together with the groups it joined. */
    public record Enrolled(IssuedPassword issued, List<String> groups) {
    }

    /** What an import stored: the new accounts, and the groups it had to create for them. */
    public record Imported(List<Enrolled> enrolled, List<String> groupsCreated) {
    }

    private final AccountService accounts;
    private final GroupService groups;
    private final CurrentUser currentUser;
    private final AccessRules access;

    RosterService(AccountService accounts, GroupService groups, CurrentUser currentUser, AccessRules access) {
        this.accounts = accounts;
        this.groups = groups;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** Creates one account and puts it into the named groups (created when missing). */
    @Transactional
    public Enrolled createAccount(NewAccount account, List<String> groupNames) {
        List<String> names = groupNames == null ? List.of() : groupNames.stream().filter(Objects::nonNull)
                .map(String::strip).filter(n -> !n.isEmpty()).toList();
        Set<String> seen = new HashSet<>();
        for (String name : names) {
            GroupService.nameProblem(name).ifPresent(p -> {
                throw new InvalidInputException("groups", "\"" + name + "\" " + p);
            });
            // Said twice is most likely a slip in the caller's list; answering it once would hide that.
            if (!seen.add(name.toLowerCase(Locale.ROOT))) {
                throw new InvalidInputException("groups", "\"" + name + "\" is named twice");
            }
        }
        IssuedPassword issued = accounts.create(account);
        if (!names.isEmpty()) {
            groups.enrol(Map.of(issued.account().username(), names));
        }
        return new Enrolled(issued, names);
    }

    /** Every row and every error of the file, the existing accounts included; stores nothing. */
    @Transactional(readOnly = true)
    public RosterPreview preview(byte[] file) {
        access.requireManage(currentUser.require(), Role.STUDENT);
        RosterFile.Parsed parsed = RosterFile.parse(file);
        List<RosterError> errors = new ArrayList<>(parsed.errors());
        Set<String> taken = accounts.existing(parsed.rows().stream().map(RosterRow::username).toList());
        for (RosterRow row : parsed.rows()) {
            if (taken.contains(row.username())) {
                errors.add(new RosterError(row.line(), "username", "an account named " + row.username() + " exists"));
            }
        }
        errors.sort((a, b) -> Integer.compare(a.line(), b.line()));
        Set<String> newGroups = new LinkedHashSet<>();
        Set<String> seen = new LinkedHashSet<>(groups.existingNamesLowerCase());
        for (RosterRow row : parsed.rows()) {
            if (!row.group().isEmpty() && seen.add(row.group().toLowerCase(Locale.ROOT))) {
                newGroups.add(row.group());
            }
        }
        return new RosterPreview(parsed.rows(), errors, List.copyOf(newGroups));
    }

    /** Imports the whole roster or, when any row is bad, nothing ({@link RosterRejectedException}). */
    @Transactional
    public List<Enrolled> importRoster(byte[] file) {
        return importReporting(file).enrolled();
    }

    /**
     * As {@link #importRoster}, and also names the groups the import created: read in the same transaction as the
     * import, so they are the groups this import created and no other.
     */
    @Transactional
    public Imported importReporting(byte[] file) {
        RosterPreview preview = preview(file);
        if (!preview.importable()) {
            throw new RosterRejectedException(preview.errors().isEmpty()
                    ? List.of(new RosterError(0, "file", "the file has no students")) : preview.errors());
        }
        List<IssuedPassword> issued = accounts.createAll(preview.rows().stream()
                .map(r -> new NewAccount(r.username(), r.displayName(), Role.STUDENT)).toList());
        Map<String, List<String>> groupsByUser = new LinkedHashMap<>();
        preview.rows().forEach(r -> groupsByUser.put(r.username(), List.of(r.group())));
        groups.enrol(groupsByUser);
        List<Enrolled> enrolled = new ArrayList<>();
        for (int i = 0; i < issued.size(); i++) {
            enrolled.add(new Enrolled(issued.get(i), List.of(preview.rows().get(i).group())));
        }
        return new Imported(enrolled, preview.newGroups());
    }

    /** The sheet an instructor hands out: each new student's one-time password, as CSV (UTF-8 with BOM, for Excel). */
    public static byte[] passwordSheet(List<Enrolled> enrolled) {
        StringBuilder csv = new StringBuilder("\uFEFFusername,display_name,group,one_time_password\r\n");
        for (Enrolled e : enrolled) {
            csv.append(Csv.cell(e.issued().account().username())).append(',')
                    .append(Csv.cell(e.issued().account().displayName())).append(',')
                    .append(Csv.cell(String.join(" | ", e.groups()))).append(',')
                    .append(Csv.cell(e.issued().oneTimePassword())).append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
