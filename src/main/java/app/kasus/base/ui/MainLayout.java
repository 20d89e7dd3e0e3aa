package app.kasus.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;
import java.util.Comparator;

@Layout
@PermitAll
class MainLayout extends AppLayout {

    MainLayout(AuthenticationContext authentication, ObjectProvider<TopBarLink> links) {
        Anchor brand = new Anchor("", "Kasus");
        brand.addClassName("brand");
        Nav nav = new Nav();
        nav.addClassName("top-links");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.navigation"));
        links.stream().sorted(Comparator.comparingInt(TopBarLink::order))
                .filter(TopBarLink::visibleToCurrentUser)
                .forEach(link -> {
                    Anchor a = new Anchor(link.path(), getTranslation(link.labelKey()));
                    a.setId(link.id());
                    a.addClassName("top-link");
                    nav.add(a);
                });
        Div spacer = new Div();
        spacer.addClassName("spacer");
        Span user = new Span(authentication.getPrincipalName().orElse(""));
        user.addClassName("user-name");
        user.setId("current-user");
        Button logout = new Button(getTranslation("layout.logout"), e -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");
        Div bar = new Div(brand, nav, spacer, new LanguageSwitch(), user, logout);
        bar.addClassName("top-bar");
        addToNavbar(bar);
    }
}
