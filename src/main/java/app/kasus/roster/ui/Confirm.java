package app.kasus.roster.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Asks before a change that signs someone out or cannot be undone. Focus starts on Cancel, so a reflexive
 * Enter does nothing; the buttons' ids are {@code <id>-confirm} and {@code <id>-cancel}.
 */
class Confirm extends Dialog {

    Confirm(String id, String title, String text, String confirmLabel, boolean destructive, Runnable onConfirm) {
        setId(id);
        setHeaderTitle(title);
        setWidth("min(32rem, 96vw)");
        Paragraph body = new Paragraph(text);
        body.setId(id + "-text");
        add(body);
        Button confirm = new Button(confirmLabel, e -> {
            close();
            onConfirm.run();
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (destructive) {
            confirm.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button cancel = new Button(getTranslation("users.cancel"), e -> close());
        cancel.setId(id + "-cancel");
        getFooter().add(cancel, confirm);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.focus();
            }
        });
    }
}
