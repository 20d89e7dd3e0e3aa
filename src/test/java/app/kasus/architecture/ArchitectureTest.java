package app.kasus.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
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
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "app.kasus", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("app.kasus.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule domainDoesNotDependOnUi = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            // Vaadin's security configurer must be told which view is the login page.
            .and().doNotHaveSimpleName("SecurityConfig")
            // Our UI packages: Vaadin's own com.vaadin.flow.shared.ui holds plain types such as @Push's Transport.
            .should().dependOnClassesThat().resideInAnyPackage("app.kasus..ui..")
            .as("feature domains and APIs do not depend on UI code");

    @ArchTest
    static final ArchRule domainDoesNotUseVaadin = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            .and().doNotHaveSimpleName("Application")
            .and().doNotHaveSimpleName("SecurityConfig")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin.flow.component..")
            .as("only UI packages use Vaadin components");

    @ArchTest
    static final ArchRule storageExceptionsStayInTheServices = noClasses()
            .that().resideInAnyPackage("..ui..", "..api..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.orm..", "org.springframework.dao..", "org.hibernate..")
            .as("views and controllers see the project's exceptions, never the storage layer's");

    /**
     * A feature's rows are read and written by its own services and components (which check access and translate
     * storage exceptions), never by views, controllers or another feature: those ask the owning service.
     */
    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes()
            .that().areAssignableTo(Repository.class).and().resideInAPackage("app.kasus..")
            .should(new ArchCondition<JavaClass>("be used only by classes of their own package (the feature's services)") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    for (Dependency dependency : repository.getDirectDependenciesToSelf()) {
                        JavaClass user = dependency.getOriginClass();
                        if (!user.getPackageName().equals(repository.getPackageName())) {
                            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                        }
                    }
                }
            });

    /**
     * Views and controllers ask the access components (CaseAccess, GroupAccess, AnnotationAccess) or the owning
     * service what the user may do; the role rules behind them are read there, so a view cannot grow its own role check.
     */
    @ArchTest
    static final ArchRule rolesAreAskedThroughTheAccessComponents = noClasses()
            .that().resideInAnyPackage("..ui..", "..api..")
            .should().dependOnClassesThat().haveFullyQualifiedName("app.kasus.security.AccessRules")
            .as("views and controllers ask the access components or services, never AccessRules directly");

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
