package app.kasus.review;

import app.kasus.annotation.AnnotationService;
import app.kasus.base.InvalidInputException;
import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseAction;
import app.kasus.cases.CaseService;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import app.kasus.security.AccountService;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inter-coder agreement of a case: which coders and codes are compared, who may ask (instructors, researchers and
 * administrators, who may see everyone's coding anyway), and the figures {@link AgreementCalculator} computes.
 */
@Service
@Transactional(readOnly = true)
public class AgreementService {

    private final AnnotationService annotations;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final AccountService accounts;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;

    AgreementService(AnnotationService annotations, CaseService cases, CodebookService codebooks,
                     AccountService accounts, CaseAccess caseAccess, CurrentUser currentUser) {
        this.annotations = annotations;
        this.cases = cases;
        this.codebooks = codebooks;
        this.accounts = accounts;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
    }

    /** The coders of a request or address, written as {@code a,b,c}; blanks and repeats are dropped. */
    public static List<String> parseCoders(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return List.copyOf(Arrays.stream(commaSeparated.split(",")).map(Usernames::normalize)
                .filter(name -> !name.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public static String formatCoders(List<String> coders) {
        return String.join(",", coders);
    }

    /**
     * The figures for one code of the case's codebook. No coders named means everyone who coded the case; a named
     * coder must have an account (one without coding of this case counts as coding nothing).
     */
    public AgreementFigures measure(long caseId, String code, List<String> coders) {
        allowed(caseId);
        Codebook codebook = codebooks.forCase(caseId);
        String key = code == null ? "" : code.strip();
        if (key.isEmpty()) {
            throw new InvalidInputException("code", "required: one of " + codebook.codeKeys());
        }
        if (codebook.code(key).isEmpty()) {
            throw new InvalidInputException("code", "no code '" + key + "' in this case's codebook; codes are "
                    + codebook.codeKeys());
        }
        return compute(caseId, List.of(key), coders).get(0);
    }

    /** The figures for every code of the case's codebook, in its order. */
    public List<AgreementFigures> measureAll(long caseId, List<String> coders) {
        allowed(caseId);
        List<String> codes = codebooks.forCase(caseId).codes().stream().map(CodeDef::key).toList();
        return compute(caseId, codes, coders);
    }

    /** Everyone who has coded the case, to choose from. */
    public List<String> coders(long caseId) {
        allowed(caseId);
        return annotations.coders(caseId);
    }

    /** The codes of the case's codebook, to choose from. */
    public List<CodeDef> codes(long caseId) {
        allowed(caseId);
        return codebooks.forCase(caseId).codes();
    }

    /** Not found for a case the caller may not read; refused for one they read but may not measure. */
    private void allowed(long caseId) {
        caseAccess.require(currentUser.require(), caseId, CaseAction.MEASURE_AGREEMENT);
    }

    private List<AgreementFigures> compute(long caseId, List<String> codes, List<String> requested) {
        List<String> coders = resolve(caseId, requested);
        List<PassageUnit> passages = cases.passages(caseId).stream()
                .map(p -> new PassageUnit(p.id(), p.text().length())).toList();
        List<CoderSpan> spans = annotations.spansOf(caseId, coders).stream()
                .map(a -> new CoderSpan(a.author(), a.passageId(), a.start(), a.end(), a.code())).toList();
        return AgreementCalculator.measure(codes, coders, passages, spans);
    }

    private List<String> resolve(long caseId, List<String> requested) {
        if (requested == null || requested.isEmpty()) {
            return annotations.coders(caseId);
        }
        List<String> coders = new ArrayList<>();
        for (String name : new LinkedHashSet<>(requested.stream().filter(Objects::nonNull).map(Usernames::normalize).toList())) {
            String username = accounts.find(name).map(UserAccount::getUsername)
                    .orElseThrow(() -> new InvalidInputException("coders", "no account '" + name + "'"));
            coders.add(username);
        }
        return coders;
    }
}
