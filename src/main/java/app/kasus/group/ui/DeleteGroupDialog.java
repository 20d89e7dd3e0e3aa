package app.kasus.group.ui;

import app.kasus.group.GroupService.GroupSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before a group is deleted, and says what deleting it means: only the group and its memberships go; every
 * member keeps their account, their coding and their other groups. The dialog takes the
 * focus when it opens and Cancel comes first, so the first Tab reaches the harmless choice; Escape cancels too.
 */
class DeleteGroupDialog extends Dialog {

    DeleteGroupDialog(GroupSummary group, Runnable onConfirm) {
        setId("delete-group-dialog");
        setHeaderTitle(getTranslation("groups.delete.title", group.name()));
        setWidth("min(32rem, 96vw)");
        Paragraph text = new Paragraph(getTranslation("groups.delete.text", group.members().size()));
        text.setId("delete-group-text");
        add(text);
        Button cancel = new Button(getTranslation("groups.cancel"), e -> close());
        cancel.setId("group-delete-cancel");
        Button confirm = new Button(getTranslation("groups.delete.confirm"), e -> {
            close();
            onConfirm.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("group-delete-confirm");
        getFooter().add(cancel, confirm);
    }
}
