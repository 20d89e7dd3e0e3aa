package app.kasus.cases;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The vocabulary of article headings in Indonesian and English: which names open a top-level section. */
final class SectionNames {

    /** "2. ", "2.1 " or "IV. " before a heading's words. */
    static final Pattern NUMBERING = Pattern.compile("^(?:\\d+(?:\\.\\d+)*\\.?|[IVXLC]+\\.)\\s+");

    /** Function words that stay in lower case in a title-case heading. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "dan", "di", "ke", "dari", "yang", "untuk", "dengan", "pada", "dalam", "atau", "serta", "terhadap",
            "antara", "sebagai", "oleh", "bagi", "tentang", "atas", "sebuah", "suatu", "para", "secara",
            "the", "of", "and", "in", "on", "for", "to", "a", "an", "at", "by", "with", "from", "as", "or", "vs",
            "versus", "between", "into", "its", "their");

    /** Standard article section names (Indonesian and English); a heading starting with one is level 1. */
    static final List<String> LEVEL_ONE_HEADINGS = List.of(
            "abstract", "abstrak", "abstraksi", "ringkasan", "summary", "executive summary",
            "pendahuluan", "introduction", "latar belakang", "background",
            "tinjauan pustaka", "kajian pustaka", "literature review", "landasan teori", "kerangka teori",
            "kerangka teoritis", "kerangka konseptual", "kerangka pemikiran", "theoretical framework",
            "metode", "metodologi", "method", "methods", "methodology", "materials and methods",
            "hasil", "results", "result", "findings",
            "diskusi", "pembahasan", "discussion", "analisis dan pembahasan",
            "kesimpulan", "simpulan", "penutup", "conclusion", "conclusions", "concluding remarks",
            "daftar pustaka", "pustaka", "referensi", "references", "bibliography", "kepustakaan",
            "ucapan terima kasih", "acknowledgement", "acknowledgements", "acknowledgment", "acknowledgments",
            "lampiran", "appendix");

    /** Common full names of standard sections, recognised even without a blank line after them. */
    static final Set<String> STANDARD_SECTION_NAMES = Set.of(
            "metode penelitian", "metodologi penelitian", "metode dan data", "research method", "research methods",
            "hasil penelitian", "hasil dan pembahasan", "hasil dan diskusi", "hasil dan analisis",
            "diskusi dan analisis", "results and discussion", "kesimpulan dan saran", "simpulan dan saran",
            "penutup dan saran", "conclusion and recommendations", "conclusions and recommendations");

    private SectionNames() {
    }

    static boolean isLowercaseContentWord(String word) {
        String letters = word.replaceAll("[^\\p{L}-]", "");
        return !letters.isEmpty() && Character.isLowerCase(letters.charAt(0))
                && !FUNCTION_WORDS.contains(letters.toLowerCase(Locale.ROOT));
    }

    /** The line is exactly a standard section name such as "Pendahuluan" or "2. Metode Penelitian". */
    static boolean isStandardName(String line) {
        String key = NUMBERING.matcher(ArticleParser.clean(line).toLowerCase(Locale.ROOT)).replaceFirst("");
        key = key.endsWith(":") ? key.substring(0, key.length() - 1).strip() : key;
        return LEVEL_ONE_HEADINGS.contains(key) || STANDARD_SECTION_NAMES.contains(key);
    }

    static boolean isLevelOne(String key) {
        for (String name : LEVEL_ONE_HEADINGS) {
            if (key.equals(name) || key.startsWith(name)
                    && !Character.isLetterOrDigit(key.charAt(name.length()))) {
                return true;
            }
        }
        return false;
    }
}
