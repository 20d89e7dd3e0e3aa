package app.kasus.group.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.group.GroupService;
import app.kasus.group.GroupService.GroupSummary;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Instructors form seminar groups in a real browser. Each test creates the students and groups it needs (names
 * starting with "e2e-g-" and "E2E G ") and removes them afterwards; the demo accounts and demo groups stay as
 * they are.
 */
@KasusIntegrationTest
class GroupsE2E extends BrowserTest {

    private static final String PASSWORD = "e2e-groups-secret";
    private static final String GROUP_PREFIX = "E2E G ";
    /** Deletes the test students afterwards: only an administrator may delete accounts other than students'. */
    private static final String ADMIN = "e2e-g-admin";

    @Autowired
    GroupService groups;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    private final List<String> students = new ArrayList<>();
    /** Annotations to delete before their authors: id and author. */
    private final Map<Long, String> annotations = new HashMap<>();

    @AfterEach
    void removeTestData() {
        annotations.forEach((id, author) -> ApiClient.as(port, author, PASSWORD).delete("/api/annotations/" + id));
        as("instructor", () -> groups.all().stream().filter(g -> g.name().startsWith(GROUP_PREFIX))
                .forEach(g -> groups.delete(g.id(), null)));
        accounts.ensureAccount(ADMIN, PASSWORD, "E2E Groups Admin", Role.ADMIN);
        as(ADMIN, () -> students.forEach(accounts::delete));
    }

    private String student(String suffix, String displayName) {
        String username = "e2e-g-" + suffix;
        accounts.ensureAccount(username, PASSWORD, displayName, Role.STUDENT);
        students.add(username);
        return username;
    }

    private GroupSummary group(String name, List<String> members) {
        return as("instructor", () -> {
            GroupSummary created = groups.create(name);
            return groups.setMembers(created.id(), members, created.version());
        });
    }

    private void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }


    private GroupsPage signInAsInstructorAndOpenGroups() {
        BrowserSignIn.open(page, base(), "instructor", "kasus-demo", "/");
        return GroupsPage.openFromTopBar(page);
    }

    @Test
    void instructorCreatesAGroupFillsItRenamesItAndTheChangesPersist() {
        student("ana", "E2E Ana Lestari");
        String budi = student("budi", "E2E Budi Santoso");
        GroupsPage groupsPage = signInAsInstructorAndOpenGroups();
        assertThat(groupsPage.groupCell("Seminar A")).isVisible();

        groupsPage.startNew();
        groupsPage.enterName(GROUP_PREFIX + "Class");
        assertThat(groupsPage.notification("Group " + GROUP_PREFIX + "Class created")).isVisible();
        assertThat(groupsPage.detailTitle()).hasText(GROUP_PREFIX + "Class");
        assertThat(groupsPage.membersTitle()).hasText("Members (0)");
        assertThat(groupsPage.membersGrid()).containsText("No members yet");

        groupsPage.addMember("e2e-g-ana", "E2E Ana Lestari (e2e-g-ana)");
        assertThat(groupsPage.memberCell("E2E Ana Lestari")).isVisible();
        // Found by a part of the display name, too.
        groupsPage.addMember("Santoso", "E2E Budi Santoso (e2e-g-budi)");
        assertThat(groupsPage.memberCell("E2E Budi Santoso")).isVisible();
        assertThat(groupsPage.membersTitle()).hasText("Members (2)");
        assertThat(groupsPage.groupCell("E2E Ana Lestari, E2E Budi Santoso")).isVisible();

        groupsPage.removeMember("E2E Ana Lestari");
        assertThat(groupsPage.notification("E2E Ana Lestari removed from " + GROUP_PREFIX + "Class")).isVisible();
        assertThat(groupsPage.membersTitle()).hasText("Members (1)");
        assertThat(groupsPage.memberCell("E2E Ana Lestari")).isHidden();

        groupsPage.fillName(GROUP_PREFIX + "Class renamed");
        groupsPage.save();
        assertThat(groupsPage.notification("Group renamed to " + GROUP_PREFIX + "Class renamed")).isVisible();
        assertThat(groupsPage.detailTitle()).hasText(GROUP_PREFIX + "Class renamed");

        page.reload();
        groupsPage.waitForGrid();
        assertThat(groupsPage.groupCell(GROUP_PREFIX + "Class")).hasCount(0);
        groupsPage.select(GROUP_PREFIX + "Class renamed");
        assertThat(groupsPage.membersTitle()).hasText("Members (1)");
        assertThat(groupsPage.memberCell("E2E Budi Santoso")).isVisible();
        assertThat(groupsPage.memberCell("E2E Ana Lestari")).hasCount(0);
        assertThat(groups.byName(GROUP_PREFIX + "Class renamed").orElseThrow().members()).containsExactly(budi);

        // A name that differs from another group's only in case is refused at the field, for a new group...
        groupsPage.startNew();
        groupsPage.enterName("seminar a");
        assertThat(groupsPage.nameField()).hasAttribute("invalid", "");
        assertThat(groupsPage.nameField()).containsText("A group named seminar a exists already");
        // ...and for a rename.
        groupsPage.select(GROUP_PREFIX + "Class renamed");
        groupsPage.fillName("SEMINAR B");
        groupsPage.save();
        assertThat(groupsPage.nameField()).hasAttribute("invalid", "");
        assertThat(groupsPage.nameField()).containsText("A group named SEMINAR B exists already");
        assertThat(groups.all().stream().map(GroupSummary::name)
                .filter(n -> n.equalsIgnoreCase("seminar a") || n.equalsIgnoreCase("seminar b")))
                .containsExactlyInAnyOrder("Seminar A", "Seminar B");
        assertThat(groups.byName(GROUP_PREFIX + "Class renamed")).isPresent();
    }

    @Test
    void aStudentMayBelongToSeveralGroups() {
        String sinta = student("sinta", "E2E Sinta Dewi");
        group(GROUP_PREFIX + "Morning", List.of());
        group(GROUP_PREFIX + "Evening", List.of());
        GroupsPage groupsPage = signInAsInstructorAndOpenGroups();

        for (String name : List.of(GROUP_PREFIX + "Morning", GROUP_PREFIX + "Evening")) {
            groupsPage.select(name);
            groupsPage.addMember("sinta", "E2E Sinta Dewi (e2e-g-sinta)");
            assertThat(groupsPage.notification("E2E Sinta Dewi added to " + name)).isVisible();
        }
        for (String name : List.of(GROUP_PREFIX + "Morning", GROUP_PREFIX + "Evening")) {
            groupsPage.select(name);
            assertThat(groupsPage.detailTitle()).hasText(name);
            assertThat(groupsPage.memberCell("E2E Sinta Dewi")).isVisible();
        }
        assertThat(groups.byName(GROUP_PREFIX + "Morning").orElseThrow().members()).containsExactly(sinta);
        assertThat(groups.byName(GROUP_PREFIX + "Evening").orElseThrow().members()).containsExactly(sinta);
    }

    @Test
    void aChangeSomeoneElseMadeMeanwhileIsReportedAndReloadedNotUndone() {
        String fajar = student("fajar", "E2E Fajar Nugroho");
        String gita = student("gita", "E2E Gita Maharani");
        student("hadi", "E2E Hadi Kurniawan");
        GroupSummary shared = group(GROUP_PREFIX + "Shared", List.of(fajar));
        GroupsPage groupsPage = signInAsInstructorAndOpenGroups();
        groupsPage.select(GROUP_PREFIX + "Shared");
        assertThat(groupsPage.memberCell("E2E Fajar Nugroho")).isVisible();

        // Another instructor adds Gita while this page still shows the group as it was.
        as("instructor", () -> groups.setMembers(shared.id(), List.of(fajar, gita), shared.version()));
        groupsPage.addMember("e2e-g-hadi", "E2E Hadi Kurniawan (e2e-g-hadi)");
        assertThat(groupsPage.notification("someone else changed this group")).isVisible();
        assertThat(groupsPage.memberCell("E2E Gita Maharani")).isVisible();
        assertThat(groupsPage.memberCell("E2E Hadi Kurniawan")).hasCount(0);
        assertThat(groups.byName(GROUP_PREFIX + "Shared").orElseThrow().members()).containsExactly(fajar, gita);

        // From the reloaded state the same step succeeds and keeps the other instructor's change.
        groupsPage.addMember("e2e-g-hadi", "E2E Hadi Kurniawan (e2e-g-hadi)");
        assertThat(groupsPage.memberCell("E2E Hadi Kurniawan")).isVisible();
        assertThat(groupsPage.membersTitle()).hasText("Members (3)");
    }

    @Test
    void deletingAGroupDeletesNoCoding() {
        String tono = student("tono", "E2E Tono Wibowo");
        group(GROUP_PREFIX + "Doomed", List.of(tono));
        long annotation = annotate(tono);
        GroupsPage groupsPage = signInAsInstructorAndOpenGroups();

        groupsPage.select(GROUP_PREFIX + "Doomed");
        groupsPage.openDelete();
        assertThat(groupsPage.deleteDialogText()).containsText("No coding is deleted");
        assertThat(groupsPage.deleteDialogText()).containsText("Its member keeps their account, their annotations");
        groupsPage.confirmDelete();

        assertThat(groupsPage.notification("Group " + GROUP_PREFIX + "Doomed deleted")).isVisible();
        assertThat(groupsPage.groupCell(GROUP_PREFIX + "Doomed")).isHidden();
        assertThat(groupsPage.detail()).isHidden();
        assertThat(groups.byName(GROUP_PREFIX + "Doomed")).isEmpty();
        ApiClient.Response stillThere = ApiClient.as(port, tono, PASSWORD).get("/api/annotations/" + annotation);
        assertThat(stillThere.status()).as(stillThere.body()).isEqualTo(200);
        assertThat(stillThere.json().get("author").asText()).isEqualTo(tono);
    }

    /** The student codes the first words of a passage through the API; returns the annotation's id. */
    private long annotate(String username) {
        ApiClient api = ApiClient.as(port, username, PASSWORD);
        long caseId = api.get("/api/cases").json().get(0).get("id").asLong();
        JsonNode passage = null;
        for (JsonNode p : api.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().length() > 20) {
                passage = p;
                break;
            }
        }
        assertThat(passage).as("a passage to code").isNotNull();
        ApiClient.Response created = api.post("/api/cases/" + caseId + "/annotations", Map.of(
                "passageId", passage.get("id").asLong(), "start", 0, "end", 10, "code", "concession",
                "actor", "DPRK", "addressee", "US", "stage", 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        annotations.put(id, username);
        return id;
    }

    @Test
    void aStudentHasNoGroupsLinkAndCannotOpenThePage() {
        String rina = student("rina", "E2E Rina Putri");
        BrowserSignIn.open(page, base(), rina, PASSWORD, "/");
        assertThat(page.locator("#nav-account")).isVisible();
        assertThat(page.locator("#nav-groups")).hasCount(0);

        page.navigate(base() + "/groups");
        // Vaadin answers a view the user may not open as a route it cannot navigate to (details in dev mode only).
        assertThat(page.getByText("Could not navigate to")).isVisible();
        assertThat(page.locator("#groups-grid")).hasCount(0);
        assertThat(page.locator("#new-group")).hasCount(0);
    }

    @Test
    void theGroupsPageAndTheDeleteDialogHaveNoSeriousAccessibilityViolations() {
        String dewi = student("dewi", "E2E Dewi Anggraini");
        String eko = student("eko", "E2E Eko Prasetyo");
        group(GROUP_PREFIX + "Checked", List.of(dewi, eko));
        GroupsPage groupsPage = signInAsInstructorAndOpenGroups();
        groupsPage.select(GROUP_PREFIX + "Checked");
        assertThat(groupsPage.memberCell("E2E Eko Prasetyo")).isVisible();
        Accessibility.assertNoSeriousViolations(page);

        groupsPage.openDelete();
        assertThat(groupsPage.deleteDialogText()).containsText("Its 2 members keep");
        // The dialog itself takes the focus (a screen reader reads its title); the first Tab reaches the
        // harmless choice, so a hasty Enter deletes nothing.
        assertThat(groupsPage.deleteConfirm()).not().isFocused();
        page.keyboard().press("Tab");
        assertThat(page.locator("#group-delete-cancel")).isFocused();
        Accessibility.assertNoSeriousViolations(page);
        groupsPage.cancelDelete();
        assertThat(groups.byName(GROUP_PREFIX + "Checked")).isPresent();
    }
}
