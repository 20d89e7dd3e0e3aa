package app.kasus.review;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.GoldService;
import app.kasus.base.InvalidInputException;
import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseAction;
import app.kasus.cases.CaseService;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.CodebookService;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disagreements between chosen coders of a case and the step from them into gold. Reading is for whoever may see
 * all coding (students get 403); writing gold goes through {@link GoldService}, which admits instructors and
 * administrators only.
 */
@Service
public class AdjudicationService {

    private final AnnotationService annotations;
    private final GoldService gold;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final CaseAccess access;
    private final CurrentUser currentUser;

    AdjudicationService(AnnotationService annotations, GoldService gold, CaseService cases, CodebookService codebooks,
                        CaseAccess access, CurrentUser currentUser) {
        this.annotations = annotations;
        this.gold = gold;
        this.cases = cases;
        this.codebooks = codebooks;
        this.access = access;
        this.currentUser = currentUser;
    }

    /**
     * The passages where the chosen coders differ ({@code withPendingAgreement}: also those where they agree on
     * spans not yet gold). A single chosen coder cannot disagree with anyone: then every passage with a span of
     * theirs not yet gold is listed, so one coder's work can be adjudicated too.
     */
    @Transactional(readOnly = true)
    public Adjudication review(long caseId, Collection<String> coders, String code, boolean withPendingAgreement) {
        access.require(currentUser.require(), caseId, CaseAction.REVIEW_DISAGREEMENTS);
        List<String> chosen = chosenCoders(caseId, coders);
        String codeKey = code == null || code.isBlank() ? null : code.strip();
        if (codeKey != null && codebooks.forCase(caseId).code(codeKey).isEmpty()) {
            throw new InvalidInputException("code", "no code '" + codeKey + "' in this case's codebook");
        }
        List<Disagreements.PassageReview> all = compare(caseId, chosen, codeKey);
        boolean pendingToo = withPendingAgreement || chosen.size() == 1;
        List<Disagreements.PassageReview> listed = pendingToo ? all
                : all.stream().filter(Disagreements.PassageReview::differs).toList();
        return new Adjudication(caseId, chosen, codeKey, listed, Disagreements.agreedNotInGold(all).size());
    }

    /**
     * Copies into gold every span all chosen coders agree on (within the code filter) that is not gold yet, in one
     * transaction; nothing to accept is no error. Instructors and administrators only.
     */
    @Transactional
    public List<AnnotationData> acceptAgreed(long caseId, Collection<String> coders, String code) {
        UserAccount me = currentUser.require();
        access.require(me, caseId, CaseAction.REVIEW_DISAGREEMENTS);
        access.require(me, caseId, CaseAction.WRITE_GOLD);
        List<String> chosen = chosenCoders(caseId, coders);
        String codeKey = code == null || code.isBlank() ? null : code.strip();
        List<Long> ids = Disagreements.agreedNotInGold(compare(caseId, chosen, codeKey));
        return ids.isEmpty() ? List.of() : gold.acceptAll(caseId, ids);
    }

    /** Everyone who has coded the case, the coders a review may choose from. */
    @Transactional(readOnly = true)
    public List<String> coders(long caseId) {
        access.require(currentUser.require(), caseId, CaseAction.REVIEW_DISAGREEMENTS);
        return annotations.coders(caseId);
    }

    private List<Disagreements.PassageReview> compare(long caseId, List<String> chosen, String code) {
        List<Long> order = cases.passages(caseId).stream().map(PassageInfo::id).toList();
        List<AnnotationData> coding = annotations.codingOf(caseId, chosen);
        List<AnnotationData> goldSpans = gold.gold(caseId);
        return Disagreements.compare(order, chosen, coding, goldSpans,
                new Disagreements.Options(code, true));
    }

    /** The named coders, normalized, in the order given; each must have coded the case. */
    private List<String> chosenCoders(long caseId, Collection<String> coders) {
        LinkedHashSet<String> chosen = new LinkedHashSet<>();
        if (coders != null) {
            coders.stream().filter(c -> c != null && !c.isBlank()).map(Usernames::normalize).forEach(chosen::add);
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("coders", "choose at least one coder");
        }
        List<String> known = annotations.coders(caseId);
        List<String> unknown = new ArrayList<>(chosen);
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("coders", "no coding of this case by " + String.join(", ", unknown));
        }
        return List.copyOf(chosen);
    }
}
