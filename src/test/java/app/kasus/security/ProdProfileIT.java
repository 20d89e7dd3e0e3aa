package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.Application;
import app.kasus.testsupport.ApiClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The prod profile: no demo accounts, no start without an administrator password, HSTS behind the TLS proxy. */
class ProdProfileIT {

    private static ConfigurableApplicationContext start(String database, String adminPassword) {
        // As arguments, like a deployer's, so they outrank application-prod.properties.
        return new SpringApplicationBuilder(Application.class).profiles("prod").run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
                "--vaadin.launch-browser=false", "--kasus.admin.password=" + adminPassword);
    }

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> start("prod-nopw", "").close())
                .hasStackTraceContaining("KASUS_ADMIN_PASSWORD");
    }

    @Test
    void refusesAShortAdminPassword() {
        assertThatThrownBy(() -> start("prod-short", "short").close())
                .hasStackTraceContaining("at least 12 characters");
    }

    @Test
    void createsTheAdminAndNoDemoAccounts() throws Exception {
        try (ConfigurableApplicationContext context = start("prod-ok", "a-long-admin-secret")) {
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            assertThat(ApiClient.as(port, "admin", "a-long-admin-secret").get("/api/cases").status()).isEqualTo(200);
            assertThat(ApiClient.as(port, "student1", "kasus-demo").get("/api/cases").status()).isEqualTo(401);
            assertThat(ApiClient.as(port, "instructor", "kasus-demo").get("/api/cases").status()).isEqualTo(401);

            // Behind the TLS proxy every HTTPS answer carries HSTS; plain HTTP (the proxy's own checks) does not.
            assertThat(loginPage(port, "https").headers().firstValue("Strict-Transport-Security"))
                    .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
            assertThat(loginPage(port, null).headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    private static HttpResponse<Void> loginPage(int port, String forwardedProto) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"));
        if (forwardedProto != null) {
            request.header("X-Forwarded-Proto", forwardedProto);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding());
    }
}
