package app.kasus.security.ui;

import app.kasus.security.ApiTokenInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;

/** Asks before revoking a token, which cannot be undone; focus starts on Cancel, so a reflexive Enter does nothing. */
class RevokeTokenDialog extends Dialog {

    RevokeTokenDialog(ApiTokenInfo token, Runnable onRevoke) {
        setId("revoke-token-dialog");
        setHeaderTitle(getTranslation("account.tokens.revoke.title", token.name()));
        setWidth("min(32rem, 96vw)");
        add(new Paragraph(getTranslation("account.tokens.revoke.text")));
        Button revoke = new Button(getTranslation("account.tokens.revoke"), e -> {
            close();
            onRevoke.run();
        });
        revoke.setId("revoke-token-confirm");
        revoke.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("account.tokens.cancel"), e -> close());
        cancel.setId("revoke-token-cancel");
        getFooter().add(cancel, revoke);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                cancel.focus();
            }
        });
    }
}
