package app.kasus.group.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/** The groups page in the words of its UI, so the tests read like an instructor's steps. */
final class GroupsPage {

    private final Page page;

    GroupsPage(Page page) {
        this.page = page;
    }

    /** Follows the top-bar link, as an instructor would. */
    static GroupsPage openFromTopBar(Page page) {
        page.locator("#nav-groups").click();
        return new GroupsPage(page).waitForGrid();
    }

    GroupsPage waitForGrid() {
        grid().waitFor();
        return this;
    }

    Locator grid() {
        return page.locator("#groups-grid");
    }

    /** A cell of the groups list showing exactly {@code text}. */
    Locator groupCell(String text) {
        return grid().getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    void select(String groupName) {
        groupCell(groupName).first().click();
        detail().waitFor();
    }

    Locator detail() {
        return page.locator("#group-detail");
    }

    Locator detailTitle() {
        return detail().locator("h2");
    }

    Locator membersTitle() {
        return detail().locator("h3");
    }

    Locator nameField() {
        return page.locator("#group-name");
    }

    void startNew() {
        page.locator("#new-group").click();
        nameField().waitFor();
    }

    /** Types the name and presses Enter in the field, which saves. */
    void enterName(String name) {
        // The answer to the previous action may still reset the form; typing into it before then is lost.
        app.kasus.testsupport.VaadinClient.settle(page);
        Locator input = nameField().locator("input");
        input.fill(name);
        input.press("Enter");
    }

    void fillName(String name) {
        app.kasus.testsupport.VaadinClient.settle(page);
        nameField().locator("input").fill(name);
    }

    void save() {
        page.locator("#group-save").click();
    }

    Locator membersGrid() {
        return page.locator("#group-members");
    }

    Locator memberCell(String text) {
        return membersGrid().getByText(text, new Locator.GetByTextOptions().setExact(true));
    }

    /**
     * Types into the add field until the one suggestion is {@code label}, and takes it with the keyboard (arrow
     * down, Enter), as a keyboard user would. (A click may land on the dev-mode tools, which lie over the
     * suggestions near the bottom of the window.)
     */
    void addMember(String typed, String label) {
        Locator input = page.locator("#group-add-member input");
        input.fill(typed);
        Locator suggestions = page.locator("vaadin-combo-box-item:visible");
        assertThat(suggestions).hasCount(1);
        assertThat(suggestions).hasText(label);
        input.press("ArrowDown");
        input.press("Enter");
    }

    void removeMember(String displayName) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Remove " + displayName + " from the group").setExact(true)).click();
    }

    void openDelete() {
        page.locator("#group-delete").click();
        deleteConfirm().waitFor();
    }

    Locator deleteDialogText() {
        return page.locator("#delete-group-text");
    }

    Locator deleteConfirm() {
        return page.locator("#group-delete-confirm");
    }

    void confirmDelete() {
        deleteConfirm().click();
        deleteConfirm().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    void cancelDelete() {
        page.locator("#group-delete-cancel").click();
        deleteConfirm().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    Locator notification(String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }
}
