package app.kasus.cases;

import java.util.List;

/** Everything the reading view shows of a case, loaded in a few queries. */
public record CaseContent(long id, String title, List<SectionInfo> sections, List<PassageInfo> passages,
                          List<NoteInfo> notes) {
}
