package app.kasus.roster.api;

import app.kasus.base.InvalidInputException;
import app.kasus.group.GroupService;
import app.kasus.roster.RosterError;
import app.kasus.roster.RosterRejectedException;
import app.kasus.roster.RosterService;
import app.kasus.security.AccountService;
import app.kasus.security.AccountSummary;
import app.kasus.security.IssuedPassword;
import app.kasus.security.NewAccount;
import app.kasus.security.Role;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Accounts for scripts: listing, creating (one or a roster file), disabling, enabling, resetting, deleting. */
@RestController
@RequestMapping("/api/users")
@Tag(name = "Accounts", description = "Accounts: instructors manage students, administrators everyone")
class UserApi {

    /** What a script sends to create one account; {@code role} is read without regard to case. */
    record CreateRequest(String username, String displayName, String role, List<String> groups) {
    }

    /** An account as the API shows it; {@code oneTimePassword} only right after it was issued. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AccountJson(String username, String displayName, String role, boolean enabled, boolean mustChangePassword,
                       List<String> groups, Instant created, String oneTimePassword) {
    }

    record ImportResult(List<AccountJson> created, List<String> groupsCreated) {
    }

    record RowError(int row, String field, String error) {
    }

    record RejectedRoster(String error, List<RowError> rows) {
    }

    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final AccountService accounts;
    private final RosterService roster;
    private final GroupService groups;
    UserApi(AccountService accounts, RosterService roster, GroupService groups) {
        this.accounts = accounts;
        this.roster = roster;
        this.groups = groups;
    }

    @Operation(summary = "The accounts the caller manages", parameters = @Parameter(name = "filter",
            description = "Part of a username or name"))
    @GetMapping
    List<AccountJson> list(@RequestParam(required = false) String filter) {
        // The service lists nothing for a role that manages no accounts; to a script that is a refusal, not a list.
        accounts.requireManageAccounts();
        int count = (int) Math.min(Integer.MAX_VALUE, accounts.countManageable(filter));
        List<AccountSummary> found = accounts.manageable(filter, 0, Math.max(count, 1));
        Map<String, List<String>> groupNames = groups.groupNamesOf(found.stream().map(AccountSummary::username).toList());
        return found.stream().map(a -> json(a, groupNames.getOrDefault(a.username(), List.of()), null)).toList();
    }

    @Operation(summary = "One account the caller manages", description = "What `POST /api/users` names in its "
            + "`Location`; 404 for an account the caller does not manage.")
    @GetMapping("/{username}")
    AccountJson one(@PathVariable String username) {
        return json(accounts.manageableAccount(username));
    }

    @Operation(summary = "Create an account",
            description = "`role`: `student`, `researcher`, `instructor` or `admin`, any case.")
    @ApiResponse(responseCode = "201", description = "The account with its `oneTimePassword`")
    @PostMapping
    ResponseEntity<AccountJson> create(@RequestBody CreateRequest request) {
        RosterService.Enrolled enrolled = roster.createAccount(
                new NewAccount(request.username(), request.displayName(), role(request.role())), request.groups());
        AccountJson created = json(enrolled.issued());
        return ResponseEntity.created(URI.create("/api/users/" + created.username())).body(created);
    }

    @Operation(summary = "Disable an account", description = "Ends its sessions at once.")
    @PostMapping("/{username}/disable")
    AccountJson disable(@PathVariable String username) {
        return json(accounts.disable(username));
    }

    @Operation(summary = "Enable an account")
    @PostMapping("/{username}/enable")
    AccountJson enable(@PathVariable String username) {
        return json(accounts.enable(username));
    }

    @Operation(summary = "Reset an account's password", description = "Answers the account with a new `oneTimePassword`.")
    @PostMapping("/{username}/reset-password")
    AccountJson resetPassword(@PathVariable String username) {
        return json(accounts.resetPassword(username));
    }

    @Operation(summary = "Delete an account that has no coding")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The account has coding: disable it instead")
    @DeleteMapping("/{username}")
    ResponseEntity<Void> delete(@PathVariable String username) {
        accounts.delete(username);
        return ResponseEntity.noContent().build();
    }

    /**
     * A roster file as a spreadsheet saves it, sent as {@code text/csv}; a charset parameter is ignored, the file is
     * read as UTF-8. The type is checked here rather than with {@code consumes}: a mismatch found while choosing the
     * handler would bypass the API's error handler and answer in Spring Boot's error shape.
     */
    @Operation(summary = "Import a roster of students, all rows or none",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
                    description = "CSV, UTF-8: `username,display_name,group`",
                    content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    @ApiResponse(responseCode = "201", description = "The accounts with their one-time passwords, and the groups made")
    @ApiResponse(responseCode = "400", description = "Nothing imported: every bad row named",
            content = @Content(schema = @Schema(implementation = RejectedRoster.class)))
    @PostMapping("/import")
    ResponseEntity<ImportResult> importRoster(@RequestHeader HttpHeaders headers,
                                              @RequestBody(required = false) byte[] file)
            throws HttpMediaTypeNotSupportedException {
        MediaType type = headers.getContentType();
        if (type == null || !TEXT_CSV.includes(type)) {
            throw new HttpMediaTypeNotSupportedException(type, List.of(TEXT_CSV), HttpMethod.POST);
        }
        RosterService.Imported imported = roster.importReporting(file);
        Map<String, List<String>> groupNames = groups.groupNamesOf(
                imported.enrolled().stream().map(e -> e.issued().account().username()).toList());
        List<AccountJson> created = imported.enrolled().stream()
                .map(e -> json(e.issued().account(), groupNames.getOrDefault(e.issued().account().username(), List.of()),
                        e.issued().oneTimePassword()))
                .toList();
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportResult(created, imported.groupsCreated()));
    }

    @ExceptionHandler(RosterRejectedException.class)
    ResponseEntity<RejectedRoster> rejected(RosterRejectedException e) {
        List<RosterError> errors = e.errors();
        String message;
        if (errors.size() == 1) {
            RosterError only = errors.get(0);
            message = only.field() + ": " + (only.line() > 0 ? "line " + only.line() + ": " : "") + only.error()
                    + "; nothing was imported";
        } else {
            message = "file: " + e.getMessage();
        }
        List<RowError> rows = errors.stream().map(r -> new RowError(r.line(), r.field(), r.error())).toList();
        return ResponseEntity.badRequest().body(new RejectedRoster(message, rows));
    }

    private static Role role(String name) {
        if (name == null || name.isBlank()) {
            return null; // the service names the missing role
        }
        try {
            return Role.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("role", "must be one of " + Arrays.stream(Role.values())
                    .map(r -> r.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
    }

    private AccountJson json(AccountSummary account) {
        return json(account, null);
    }

    private AccountJson json(IssuedPassword issued) {
        return json(issued.account(), issued.oneTimePassword());
    }

    private AccountJson json(AccountSummary account, String oneTimePassword) {
        List<String> names = groups.groupNamesOf(List.of(account.username())).getOrDefault(account.username(), List.of());
        return json(account, names, oneTimePassword);
    }

    private static AccountJson json(AccountSummary a, List<String> groupNames, String oneTimePassword) {
        return new AccountJson(a.username(), a.displayName(), a.role().name().toLowerCase(Locale.ROOT), a.enabled(),
                a.mustChangePassword(), groupNames, a.created(), oneTimePassword);
    }
}
