package app.kasus.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageLanguagesTest {

    private static final PassageLanguages LANGUAGES = new PassageLanguages();

    @Test
    void tellsIndonesianFromEnglish() {
        assertThat(LANGUAGES.detect("Artikel ini bertujuan untuk menjelaskan kegagalan negosiasi denuklirisasi"
                + " Amerika Serikat dan Korea Utara pada tahun 2019 di Hanoi.")).contains("id");
        assertThat(LANGUAGES.detect("This article aims to explain why the denuclearisation talks between the"
                + " United States and North Korea failed at the Hanoi summit in 2019.")).contains("en");
    }

    @Test
    void isUnsureAboutShortText() {
        assertThat(LANGUAGES.detect("Korea Utara")).isEmpty();
        assertThat(LANGUAGES.detect("")).isEmpty();
    }

    @Test
    void labelsEveryPassageOfTheBundledArticle() throws IOException {
        String raw;
        try (InputStream in = PassageLanguagesTest.class.getResourceAsStream("/cases/hanoi-2019/article.txt")) {
            raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedArticle article = LANGUAGES.label(new ArticleParser().parse(raw, "id"));

        assertThat(article.sections().get(0).passages()).extracting(ParsedPassage::language).containsOnly("en");
        List<String> body = article.sections().stream().skip(1)
                .flatMap(s -> s.passages().stream()).map(ParsedPassage::language).toList();
        assertThat(body).containsOnly("id");
    }
}
