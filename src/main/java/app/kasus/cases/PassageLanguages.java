package app.kasus.cases;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The language of a passage, detected from its text (Optimaize's n-gram profiles). Besides Indonesian and English,
 * the languages a seminar text quotes most are known too, so a German quotation is not called English; Malay is
 * left out on purpose, as Indonesian text would often be taken for it. Unsure answers (short text, mixed text)
 * give way to the language the caller knows (the section's).
 */
@Component
public class PassageLanguages {

    static final List<String> KNOWN = List.of("id", "en", "de", "fr", "es", "nl", "pt", "it");
    private static final double MIN_PROBABILITY = 0.9;
    /** Below this many letters n-gram statistics guess. */
    private static final int MIN_LETTERS = 40;

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    public PassageLanguages() {
        try {
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().read(KNOWN))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("The language profiles cannot be read", e);
        }
    }

    /** The BCP-47 tag of the text's language, if the text is long enough and clearly in one known language. */
    public Optional<String> detect(String text) {
        if (text == null || text.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(text));
        if (found.isEmpty() || found.get(0).getProbability() < MIN_PROBABILITY) {
            return Optional.empty();
        }
        return Optional.of(found.get(0).getLocale().getLanguage());
    }

    /** Every passage with its detected language, or its section's where detection is unsure. */
    ParsedArticle label(ParsedArticle article) {
        List<ParsedSection> sections = new ArrayList<>();
        for (ParsedSection section : article.sections()) {
            List<ParsedPassage> passages = section.passages().stream()
                    .map(p -> new ParsedPassage(p.text(), p.notes(), detect(p.text()).orElse(section.language())))
                    .toList();
            sections.add(new ParsedSection(section.heading(), section.level(), section.language(), passages));
        }
        return new ParsedArticle(sections, article.notes());
    }
}
