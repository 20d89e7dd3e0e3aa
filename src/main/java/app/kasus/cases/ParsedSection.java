package app.kasus.cases;

import java.util.List;

/**
 * One heading of the article with the paragraphs that follow it directly. Sub-sections are separate
 * entries (level 2) that follow their level-1 section in document order.
 *
 * @param heading  the heading as printed ("" for text that precedes the first heading)
 * @param level    1 for standard article sections (Pendahuluan, Metode, ...), 2 for sub-sections
 * @param language BCP-47 tag of the section's text
 */
public record ParsedSection(String heading, int level, String language, List<ParsedPassage> passages) {

    public ParsedSection {
        passages = List.copyOf(passages);
    }
}
