package app.kasus.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication) {
        Anchor brand = new Anchor("", "Kasus");
        brand.addClassName("brand");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("user-name");
        user.setId("current-user");
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        Div bar = new Div(brand, spacer, new LanguageSwitch(), user, logout);
        bar.addClassName("top-bar");
        addToNavbar(bar);
    }
}
