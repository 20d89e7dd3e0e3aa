package app.kasus.group.api;

import app.kasus.group.GroupService;
import app.kasus.group.GroupService.GroupSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Seminar groups for scripts: staff see all, students their own; instructors and administrators change them. */
@RestController
@RequestMapping("/api/groups")
@Tag(name = "Groups",
        description = "Seminar groups: staff see all, students their own; instructors and administrators change them")
class GroupApi {

    /** Body of create and rename; {@code version} (rename only, optional) refuses a change to a group changed since. */
    record GroupRequest(String name, Long version) {
    }

    record GroupJson(long id, String name, long version, List<String> members) {

        static GroupJson of(GroupSummary group) {
            return new GroupJson(group.id(), group.name(), group.version(), group.members());
        }
    }

    private final GroupService groups;

    GroupApi(GroupService groups) {
        this.groups = groups;
    }

    @Operation(summary = "The groups the caller may see")
    @GetMapping
    List<GroupJson> visible() {
        return groups.visible().stream().map(GroupJson::of).toList();
    }

    @Operation(summary = "Create a group")
    @ApiResponse(responseCode = "201", description = "The new group")
    @PostMapping
    ResponseEntity<GroupJson> create(@RequestBody GroupRequest request) {
        GroupJson created = GroupJson.of(groups.create(request.name()));
        return ResponseEntity.created(URI.create("/api/groups/" + created.id())).body(created);
    }

    @Operation(summary = "Rename a group", description = "`version` in the body is optional.")
    @PutMapping("/{id}")
    GroupJson rename(@PathVariable long id, @RequestBody GroupRequest request) {
        return GroupJson.of(groups.rename(id, request.name(), request.version()));
    }

    /** Replaces the members with the usernames in the body, a JSON array. */
    @Operation(summary = "Replace a group's members",
            description = "Body: a JSON array of usernames; instructors place students only.")
    @PutMapping("/{id}/members")
    GroupJson setMembers(@PathVariable long id, @RequestBody List<String> usernames,
                         @RequestParam(required = false) Long version) {
        return GroupJson.of(groups.setMembers(id, usernames, version));
    }

    @Operation(summary = "Delete a group", description = "Removes its memberships, never anyone's coding.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        groups.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
