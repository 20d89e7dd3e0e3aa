package app.kasus.security.ui;

import app.kasus.base.ui.Notify;
import app.kasus.security.IssuedToken;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new API token the single time it exists in clear: Kasus keeps only its hash. The copy button writes to
 * the clipboard in the browser, within the click itself (browsers allow that only during a user's gesture), and
 * reports back only once the copy succeeded. It does not close on a stray click beside it.
 */
class IssuedTokenDialog extends Dialog {

    IssuedTokenDialog(IssuedToken issued) {
        setId("issued-token-dialog");
        setHeaderTitle(getTranslation("account.tokens.issued.title", issued.name()));
        setWidth("min(36rem, 96vw)");
        setCloseOnOutsideClick(false);
        TextField secret = new TextField(getTranslation("account.tokens.issued.label"));
        secret.setId("issued-token");
        secret.setValue(issued.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("issued-token");
        Paragraph note = new Paragraph(getTranslation("account.tokens.issued.note"));
        note.setId("issued-token-note");
        add(secret, note);

        Button copy = new Button(getTranslation("account.tokens.issued.copy"));
        copy.setId("issued-token-copy");
        copy.getElement().executeJs("const button = this; this.addEventListener('click', () => "
                + "navigator.clipboard.writeText($0).then(() => button.dispatchEvent(new CustomEvent('token-copied'))))",
                issued.token());
        copy.getElement().addEventListener("token-copied", e -> Notify.success(getTranslation("account.tokens.issued.copied")));
        Button close = new Button(getTranslation("account.tokens.issued.close"), e -> close());
        close.setId("issued-token-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(copy, close);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                copy.focus();
            }
        });
    }
}
