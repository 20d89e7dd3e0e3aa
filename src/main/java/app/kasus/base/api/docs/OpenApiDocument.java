package app.kasus.base.api.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The parts of the API's description that no controller states: what it is, how callers authenticate, the error. */
@Configuration
class OpenApiDocument {

    static final String ERROR_SCHEMA = "Error";
    static final String BASIC = "basic";
    static final String BEARER = "bearerToken";
    static final String SESSION = "session";
    static final String CSRF = "csrfToken";

    /** Security requirements are alternatives: any one of these authenticates a call. */
    static final List<SecurityRequirement> READ = List.of(
            new SecurityRequirement().addList(BEARER),
            new SecurityRequirement().addList(BASIC),
            new SecurityRequirement().addList(SESSION));
    /** A browser session's writes also need the CSRF token; Basic and Bearer calls are exempt. */
    static final List<SecurityRequirement> WRITE = List.of(
            new SecurityRequirement().addList(BEARER),
            new SecurityRequirement().addList(BASIC),
            new SecurityRequirement().addList(SESSION).addList(CSRF));

    /** Added by {@link ErrorResponses} with the responses using it: springdoc drops schemas nothing refers to yet. */
    static Schema<?> errorSchema() {
        return new ObjectSchema()
                .description("Every error the API answers, whatever the status")
                .addProperty("error", new StringSchema()
                        .description("What went wrong, naming the field or the problem")
                        .example("passageId: no such passage in this case"))
                .addRequiredItem("error");
    }

    @Bean
    OpenAPI kasusOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kasus API").version("1")
                        .description("""
                                The JSON API of Kasus, collaborative case annotation. Every call needs a signed-in \
                                caller: a personal API token (`Authorization: Bearer kasus_…`, made with \
                                `POST /api/tokens`), HTTP Basic (works, but runs a slow password check on every \
                                call), or a browser session (writes then need the CSRF token).

                                Errors are JSON `{"error": "…"}` whose message names the field or the problem. \
                                What a caller may not see answers 404, as if it did not exist; what they see but \
                                may not do answers 403."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("kasus_…")
                                .description("A personal API token (POST /api/tokens); checked in microseconds."))
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Username and password; a deliberately slow BCrypt check on every call."))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The session of a browser signed in on the sign-in page."))
                        .addSecuritySchemes(CSRF, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-CSRF-TOKEN")
                                .description("The session's CSRF token, needed by a session's writes only "
                                        + "(or as the form field _csrf).")))
                // Relative, so "Try it out" calls the server the page came from, also behind a proxy.
                .servers(List.of(new Server().url("/").description("This Kasus server")))
                .security(READ);
    }
}
