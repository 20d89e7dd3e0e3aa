package app.kasus.review;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.AnnotationSpan;
import app.kasus.annotation.GoldService;
import app.kasus.base.InvalidInputException;
import app.kasus.cases.CaseService;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodebookService;
import app.kasus.security.AccessRules;
import app.kasus.security.AccountService;
import app.kasus.security.AccountSummary;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares coders' coding of a case with its gold coding. Instructors, researchers and administrators score any
 * coders; a student scores only themself, and only once gold is released (both refusals are 403s that say no
 * more than that).
 */
@Service
@Transactional(readOnly = true)
public class ScoreService {

    private final GoldService gold;
    private final AnnotationService annotations;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AccessRules access;

    ScoreService(GoldService gold, AnnotationService annotations, CaseService cases, CodebookService codebooks,
                 AccountService accounts, CurrentUser currentUser, AccessRules access) {
        this.gold = gold;
        this.annotations = annotations;
        this.cases = cases;
        this.codebooks = codebooks;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.access = access;
    }

    public boolean released(long caseId) {
        cases.requireCase(caseId);
        return gold.released(caseId);
    }

    /** Whether the caller may score any coder (and so sees a table of everyone) rather than only themself. */
    public boolean scoresAnyCoder() {
        return access.mayScoreAnyCoder(currentUser.require());
    }

    /**
     * Scores {@code requested} coders (user names; empty means everyone who coded the case for staff, the caller
     * for a student). Staff naming an unknown account get {@link InvalidInputException} on {@code coders} (as the
     * agreement does); a student naming anyone else, or asking before the release, {@link AccessDeniedException}.
     * The report carries no quotes: see {@link #scoresWithQuotes}.
     */
    public ScoreReport scores(long caseId, MatchRule rule, Collection<String> requested) {
        return scores(caseId, rule, requested, false);
    }

    /** As {@link #scores}, with the quoted text of every span scored, for a page that lists them. */
    public ScoreReport scoresWithQuotes(long caseId, MatchRule rule, Collection<String> requested) {
        return scores(caseId, rule, requested, true);
    }

    private ScoreReport scores(long caseId, MatchRule rule, Collection<String> requested, boolean withQuotes) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        List<String> coders = coders(caseId, me, requested == null ? List.of() : requested);
        List<AnnotationData> goldSpans = gold.gold(caseId);
        // Spans, not entities: 30 coders' 100,000 annotations are read in one query (issue 10).
        List<AnnotationSpan> coding = annotations.spansOf(caseId, coders);
        List<String> codes = codebooks.forCase(caseId).codes().stream().map(CodeDef::key).toList();
        List<ScoredSpan> goldScored = goldSpans.stream()
                .map(a -> new ScoredSpan(a.id(), a.passageId(), a.start(), a.end(), a.code(), a.actor())).toList();
        Map<String, List<ScoredSpan>> byCoder = coding.stream().collect(Collectors.groupingBy(AnnotationSpan::author,
                Collectors.mapping(a -> new ScoredSpan(a.id(), a.passageId(), a.start(), a.end(), a.code(), a.actor()),
                        Collectors.toList())));
        List<CoderScore> scores = coders.stream()
                .map(c -> Scoring.score(c, goldScored, byCoder.getOrDefault(c, List.of()), rule, codes)).toList();
        Map<Long, String> quotes = new HashMap<>();
        if (withQuotes) {
            goldSpans.forEach(a -> quotes.put(a.id(), a.quote()));
            quotes.putAll(annotations.quotesOf(caseId, coders));
        }
        Map<String, String> names = accounts.summaries(coders).stream()
                .collect(Collectors.toMap(AccountSummary::username, AccountSummary::displayName, (a, b) -> a));
        return new ScoreReport(caseId, rule, codes, scores, goldSpans.size(), Map.copyOf(quotes), names);
    }

    private List<String> coders(long caseId, UserAccount me, Collection<String> requested) {
        List<String> names = requested.stream().filter(n -> n != null && !n.isBlank()).map(Usernames::normalize)
                .distinct().toList();
        if (access.mayScoreAnyCoder(me)) {
            if (names.isEmpty()) {
                return annotations.coders(caseId);
            }
            Set<String> known = accounts.existing(names);
            for (String name : names) {
                if (!known.contains(name)) {
                    throw new InvalidInputException("coders", "no account '" + name + "'");
                }
            }
            return names;
        }
        if (names.stream().anyMatch(n -> !n.equals(me.getUsername()))) {
            throw new AccessDeniedException("students see only their own score");
        }
        if (!access.mayScoreSelf(me, gold.released(caseId))) {
            throw new AccessDeniedException("scores are not released yet");
        }
        return List.of(me.getUsername());
    }

}
