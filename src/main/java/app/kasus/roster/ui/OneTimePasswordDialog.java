package app.kasus.roster.ui;

import app.kasus.security.IssuedPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Shows a one-time password the single time it exists in clear: Kasus stores only its hash, so closing this
 * dialog is the end of it. It does not close on a stray click beside it.
 */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(IssuedPassword issued) {
        setId("one-time-password-dialog");
        setHeaderTitle(getTranslation("users.otp.title"));
        setWidth("min(32rem, 96vw)");
        setCloseOnOutsideClick(false);
        String username = issued.account().username();
        String name = issued.account().displayName();
        Span password = new Span(issued.oneTimePassword());
        password.setId("one-time-password");
        password.addClassName("one-time-password");
        Paragraph intro = new Paragraph(getTranslation("users.otp.for", name, username));
        Paragraph note = new Paragraph(getTranslation("users.otp.note", name));
        note.addClassName("one-time-password-note");
        add(intro, password, note);
        Button close = new Button(getTranslation("users.otp.close"), e -> close());
        close.setId("one-time-password-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                close.focus();
            }
        });
    }
}
