package app.kasus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Stream;

@AnalyzeClasses(packages = "app.kasus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("app.kasus.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainDoesNotDependOnUi = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            // Vaadin's security configurer must be told which view is the login page.
            .and().doNotHaveSimpleName("SecurityConfig")
            // The app shell configures the UI itself (@Push names its transport, an enum in Vaadin's shared.ui).
            .and().doNotHaveSimpleName("Application")
            .should().dependOnClassesThat().resideInAnyPackage("..ui..")
            .as("feature domains and APIs do not depend on UI code");

    @ArchTest
    static final ArchRule domainDoesNotUseVaadin = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            .and().doNotHaveSimpleName("Application")
            .and().doNotHaveSimpleName("SecurityConfig")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..")
            .as("only UI packages use Vaadin components");

    @ArchTest
    static final ArchRule viewsCarryExactlyOneAccessAnnotation = classes()
            .that().areAnnotatedWith(Route.class)
            .should(new ArchCondition<JavaClass>("carry exactly one of @AnonymousAllowed, @PermitAll, @RolesAllowed") {
                @Override
                public void check(JavaClass view, ConditionEvents events) {
                    long count = Stream.of(AnonymousAllowed.class, PermitAll.class, RolesAllowed.class)
                            .filter(view::isAnnotatedWith).count();
                    if (count != 1) {
                        events.add(SimpleConditionEvent.violated(view, view.getName() + " has " + count
                                + " access annotations"));
                    }
                }
            });
}
