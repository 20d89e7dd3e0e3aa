package app.kasus.assessment;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.AnnotationSpan;
import app.kasus.annotation.GoldService;
import app.kasus.base.NotFoundException;
import app.kasus.cases.CaseService;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import app.kasus.codebook.Valence;
import app.kasus.group.GroupService;
import app.kasus.group.GroupService.GroupSummary;
import app.kasus.security.AccountService;
import app.kasus.security.CurrentUser;
import app.kasus.security.AccessRules;
import app.kasus.security.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chooses whose coding is assessed, checks that the viewer may see it, and runs the engine. Students see
 * their own coding, their own group's and its majority, and the gold coding once it is released; instructors,
 * researchers and administrators any.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    private final AnnotationService annotations;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final GroupService groups;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final AccessRules access;
    private final GoldService gold;

    AssessmentService(AnnotationService annotations, CaseService cases, CodebookService codebooks,
                      GroupService groups, AccountService accounts, CurrentUser currentUser,
                      AccessRules access, GoldService gold) {
        this.gold = gold;
        this.annotations = annotations;
        this.cases = cases;
        this.codebooks = codebooks;
        this.groups = groups;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** The assessment with the annotations it counted, for the page that quotes them and draws their timeline. */
    public AssessmentReport assess(long caseId, String rawSource) {
        cases.requireCase(caseId);
        UserAccount me = currentUser.require();
        CodingSource source = CodingSource.parse(rawSource);
        boolean isGold = source.kind() == CodingSource.Kind.GOLD;
        // Gold is nobody's coding: no coders, and the gold service refuses students before the release (403).
        List<String> coders = isGold ? List.of() : coders(caseId, source, me);
        List<AnnotationData> coding = isGold ? gold.gold(caseId) : annotations.codingOf(caseId, coders);
        Codebook codebook = codebooks.forCase(caseId);
        Map<Long, Integer> ordinals = ordinals(caseId);
        List<CodedSpan> spans = coding.stream().map(a -> span(a, codebook, ordinals)).toList();
        if (source.isMajority()) {
            spans = MajorityVote.combine(spans, coders);
            Set<Long> kept = spans.stream().map(CodedSpan::id).collect(Collectors.toSet());
            coding = coding.stream().filter(a -> kept.contains(a.id())).toList();
        }
        return new AssessmentReport(source.id(), coders, AssessmentEngine.assess(spans), coding, codebook);
    }

    /**
     * The same assessment without the annotations (the report's list is empty), for the API, which names evidence
     * by id: a class's coding is read as spans in one query, without loading each annotation (issue 10).
     */
    public AssessmentReport assessFigures(long caseId, String rawSource) {
        cases.requireCase(caseId);
        UserAccount me = currentUser.require();
        CodingSource source = CodingSource.parse(rawSource);
        if (source.kind() == CodingSource.Kind.GOLD) {
            // Gold is small; the page's path also does the gold service's check.
            AssessmentReport full = assess(caseId, rawSource);
            return new AssessmentReport(full.source(), full.coders(), full.assessment(), List.of(), full.codebook());
        }
        List<String> coders = coders(caseId, source, me);
        Codebook codebook = codebooks.forCase(caseId);
        Map<Long, Integer> ordinals = ordinals(caseId);
        List<CodedSpan> spans = annotations.spansOf(caseId, coders).stream()
                .map(a -> span(a, codebook, ordinals)).toList();
        if (source.isMajority()) {
            spans = MajorityVote.combine(spans, coders);
        }
        return new AssessmentReport(source.id(), coders, AssessmentEngine.assess(spans), List.of(), codebook);
    }

    private Map<Long, Integer> ordinals(long caseId) {
        return cases.passages(caseId).stream().collect(Collectors.toMap(PassageInfo::id, PassageInfo::ordinal));
    }

    /** The sources the viewer may choose for this case, in the order a selector lists them. */
    public List<String> sources(long caseId) {
        UserAccount me = currentUser.require();
        List<String> sources = new ArrayList<>(List.of("me"));
        List<GroupSummary> visibleGroups = mayChooseAny(me) ? groups.all() : groups.groupsOf(me);
        visibleGroups.forEach(g -> sources.add("group:" + g.name()));
        if (mayChooseAny(me)) {
            sources.add("all");
            sources.add("majority");
            annotations.coders(caseId).forEach(c -> sources.add("user:" + c));
        } else if (!visibleGroups.isEmpty()) {
            sources.add("majority");
        }
        visibleGroups.forEach(g -> sources.add("majority:group:" + g.name()));
        if (gold.maySeeGold(caseId)) {
            sources.add("gold");
        }
        return sources;
    }

    private List<String> coders(long caseId, CodingSource source, UserAccount me) {
        boolean any = mayChooseAny(me);
        return switch (source.kind()) {
            case ME -> List.of(me.getUsername());
            case USER -> {
                if (!any && !source.name().equals(me.getUsername())) {
                    throw new AccessDeniedException("students may assess only their own coding or their group's");
                }
                accounts.find(source.name()).orElseThrow(() -> new NotFoundException("no user " + source.name()));
                yield List.of(source.name());
            }
            case GROUP, MAJORITY_OF_GROUP -> visibleGroup(source.name(), me, any).members();
            case ALL -> {
                requireAny(any);
                yield annotations.coders(caseId);
            }
            case MAJORITY -> {
                if (any) {
                    yield annotations.coders(caseId);
                }
                yield groups.groupsOf(me).stream().findFirst()
                        .orElseThrow(() -> new AccessDeniedException("you are in no seminar group")).members();
            }
            case GOLD -> throw new IllegalStateException("gold has no coders");
        };
    }

    private GroupSummary visibleGroup(String name, UserAccount me, boolean any) {
        if (any) {
            return groups.byName(name).orElseThrow(() -> new NotFoundException("no group " + name));
        }
        return groups.groupsOf(me).stream().filter(g -> g.name().equals(name)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("students may assess only their own group"));
    }

    private static void requireAny(boolean any) {
        if (!any) {
            throw new AccessDeniedException("students may assess only their own coding or their group's");
        }
    }

    private boolean mayChooseAny(UserAccount user) {
        return access.maySeeAllCoding(user);
    }

    private static CodedSpan span(AnnotationData a, Codebook codebook, Map<Long, Integer> ordinals) {
        CodedSpan.Valence valence = a.valence() == null ? null
                : "positive".equals(a.valence()) ? CodedSpan.Valence.POSITIVE : CodedSpan.Valence.NEGATIVE;
        return new CodedSpan(a.id(), a.passageId(), ordinals.getOrDefault(a.passageId(), Integer.MAX_VALUE),
                a.start(), a.end(), kind(codebook, a.code()), a.code(), a.actor(), a.addressee(),
                a.stage(), valence, a.eventDate(), a.respondsTo(), a.author());
    }

    private static CodedSpan span(AnnotationSpan a, Codebook codebook, Map<Long, Integer> ordinals) {
        CodedSpan.Valence valence = a.valence() == null ? null
                : a.valence() == Valence.POSITIVE ? CodedSpan.Valence.POSITIVE : CodedSpan.Valence.NEGATIVE;
        return new CodedSpan(a.id(), a.passageId(), ordinals.getOrDefault(a.passageId(), Integer.MAX_VALUE),
                a.start(), a.end(), kind(codebook, a.code()), a.code(), a.actor(), a.addressee(),
                a.stage(), valence, a.eventDate(), a.respondsTo(), a.author());
    }

    private static CodedSpan.Kind kind(Codebook codebook, String code) {
        return CodedSpan.Kind.valueOf(codebook.code(code).map(CodeDef::kind).orElse(CodeKind.OTHER).name());
    }
}
