package app.kasus.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Page;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The agreement page in a real browser, on coding made for the test: two new students code the first case's
 * first passage as a concession, and one of them the second passage too.
 */
@KasusIntegrationTest
class AgreementViewE2E extends BrowserTest {

    private static final String ADMIN = "it-admin-agreement-view";
    private static final String ADMIN_PASSWORD = "it-admin-password-agreement-view";

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private String instructor;
    private String ann;
    private String ben;
    private long caseId;
    private int passageCount;

    @BeforeEach
    void codeTheCase() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (agreement view)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        instructor = ApiFixtures.unique("agv-instructor");
        fixtures.coder(instructor, "instructor");
        ann = ApiFixtures.unique("agv-ann");
        ben = ApiFixtures.unique("agv-ben");
        ApiClient annClient = fixtures.coder(ann, "student");
        ApiClient benClient = fixtures.coder(ben, "student");
        caseId = annClient.get("/api/cases").json().get(0).get("id").asLong();
        JsonNode passages = annClient.get("/api/cases/" + caseId + "/passages").json();
        passageCount = passages.size();
        // More coders than the picker shows as chips: a real seminar, and the picker folds the rest into a count.
        for (String extra : new String[] {"agv-carl", "agv-dina"}) {
            fixtures.annotate(fixtures.coder(ApiFixtures.unique(extra), "student"));
        }
        for (int p = 0; p < 2; p++) {
            String text = passages.get(p).get("text").asText();
            int start = 0;
            while (Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            long id = passages.get(p).get("id").asLong();
            int end = Math.min(text.length(), start + 8);
            fixtures.annotate(annClient, caseId, id, start, end, "concession");
            if (p == 0) {
                fixtures.annotate(benClient, caseId, id, start, end, "concession");
            }
        }
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    /** Cohen's kappa of ann (2 of n passages) and ben (1 of n, one of ann's), as the page writes it. */
    private String expectedKappa() {
        double n = passageCount;
        double observed = (n - 1) / n;
        double expected = (2 / n) * (1 / n) + ((n - 2) / n) * ((n - 1) / n);
        return String.format(Locale.ENGLISH, "%.2f", (observed - expected) / (1 - expected));
    }

    @Test
    void theMatrixShowsEachPairsKappaAndTheAddressKeepsTheChoice() {
        BrowserSignIn.open(page, base(), instructor, ApiFixtures.OWN_PASSWORD, "/");
        // The case page leads here; without a choice in the address, everyone who coded the case is compared.
        page.navigate(base() + "/cases/" + caseId);
        page.locator("#agreement-link").click();
        page.waitForURL(base() + "/cases/" + caseId + "/agreement");
        // The coder picker may fold chips into an overflow count when others have coded too: ask the table instead.
        assertThat(page.locator("#agreement-matrix thead th[scope=col]", new Page.LocatorOptions().setHasText(ann)))
                .hasCount(1);
        AgreementPage agreement = new AgreementPage(page).open(base(), caseId, "code=concession&coders=" + ann + "," + ben);

        assertThat(agreement.matrix()).isVisible();
        assertThat(agreement.matrix().locator("caption")).containsText("Concession");
        assertThat(agreement.matrix().locator("thead th[scope=col]", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText(ann))).hasCount(1);
        assertThat(agreement.kappa(ann, ben)).hasText(expectedKappa());
        assertThat(agreement.kappa(ben, ann)).hasText(expectedKappa());
        assertThat(agreement.figure("fleiss")).hasText(Pattern.compile("^-?\\d\\.\\d\\d$"));
        assertThat(agreement.figure("unitizing")).hasText(Pattern.compile("^-?\\d\\.\\d\\d$"));
        assertThat(agreement.legend()).containsText("almost perfect");
        // Every code side by side: nobody coded a demand, so its figures are undefined.
        assertThat(page.locator("#agreement-codes tr", new Page.LocatorOptions().setHasText("Concession")).locator("td").first())
                .hasText(agreement.figure("fleiss").textContent());
        assertThat(page.locator("#agreement-codes tr", new Page.LocatorOptions().setHasText("Demand")).locator("td"))
                .hasText(new String[] {"—", "—", "—"});
        assertThat(page.locator("#agreement-csv")).hasAttribute("href",
                "api/cases/" + caseId + "/agreement.csv?coders=" + ann + "%2C" + ben);
        Accessibility.assertNoSeriousViolations(page);

        // Nobody coded a demand: kappa is undefined and the cell says so.
        agreement.chooseCode("Demand");
        assertThat(agreement.matrix().locator("caption")).containsText("Demand");
        assertThat(agreement.kappa(ann, ben)).hasText("—");
        assertThat(agreement.figure("fleiss")).containsText("undefined");
        assertThat(page).hasURL(Pattern.compile("code=demand"));

        page.reload();
        page.locator("#agreement-results").waitFor();
        assertThat(page.locator("#agreement-code")).containsText("Demand");
        assertThat(agreement.kappa(ann, ben)).hasText("—");

        // One coder alone cannot agree with anyone: the page explains instead of showing a matrix.
        agreement.toggleCoder(ben);
        assertThat(agreement.emptyState()).containsText("at least two coders");
        assertThat(agreement.matrix()).hasCount(0);
        // Usernames made by the fixtures hold only letters, digits and dashes: nothing to escape in a pattern.
        assertThat(page).hasURL(Pattern.compile("coders=" + ann + "(&|$)"));
        Accessibility.assertNoSeriousViolations(page);
    }
}
