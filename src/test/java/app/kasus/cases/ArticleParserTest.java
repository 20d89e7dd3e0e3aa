package app.kasus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

class ArticleParserTest {

    private static final Pattern SUPERSCRIPT_RUN = Pattern.compile("[⁰¹²³⁴⁵⁶⁷⁸⁹]+");

    private final ArticleParser parser = new ArticleParser();

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class RealArticle {

        private ParsedArticle article;
        private List<ParsedPassage> passages;

        @BeforeAll
        void parseArticle() throws IOException {
            try (InputStream in = ArticleParserTest.class.getResourceAsStream("/cases/hanoi-2019/article.txt")) {
                assertThat(in).as("bundled article").isNotNull();
                article = new ArticleParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "id");
            }
            passages = article.sections().stream().flatMap(s -> s.passages().stream()).toList();
        }

        @Test
        void sectionsInDocumentOrder() {
            assertThat(article.sections())
                    .extracting(ParsedSection::heading, ParsedSection::level, ParsedSection::language)
                    .containsExactly(
                            tuple("Abstract", 1, "en"),
                            tuple("Abstrak", 1, "id"),
                            tuple("Pendahuluan", 1, "id"),
                            tuple("Metode Penelitian", 1, "id"),
                            tuple("Diskusi dan Analisis", 1, "id"),
                            tuple("Riwayat Hubungan AS-Korut: Sebuah Selayang Pandang", 2, "id"),
                            tuple("Kegagalan Negosiasi Nuklir Hanoi: Faktor AS", 2, "id"),
                            tuple("Kesimpulan", 1, "id"));
        }

        @Test
        void passagesPerSection() {
            assertThat(article.sections()).extracting(s -> s.passages().size())
                    .containsExactly(1, 1, 5, 7, 0, 7, 13, 2);
            assertThat(passages).hasSize(36);
        }

        @Test
        void paragraphBoundaries() {
            assertThat(firstPassage("Abstract").text())
                    .startsWith("This article aims to explain the failure of US-North Korea’s denuclearization")
                    .endsWith("due to high levels of distrust among each other.");
            assertThat(firstPassage("Abstrak").text())
                    .startsWith("Artikel ini bertujuan untuk menjelaskan kegagalan negosiasi")
                    .endsWith("karena tingginya tingkat ketidakpercayaan antar negara.");
            assertThat(section("Pendahuluan").passages()).extracting(ParsedPassage::text)
                    .satisfiesExactly(
                            p -> assertThat(p).startsWith("Isu nuklir Korea Utara (Korut)")
                                    .endsWith("AS terhadap Korut tak mengalami perubahan."),
                            p -> assertThat(p).startsWith("Kegagalan perundingan multilateral")
                                    .endsWith("(Rosyidin, 2018).³"),
                            p -> assertThat(p).startsWith("Perundingan kembali digelar kedua kalinya")
                                    .endsWith("prospek perdamaian di Semenanjung Korea menjadi tidak jelas."),
                            p -> assertThat(p).startsWith("Artikel ini bertujuan menjelaskan")
                                    .endsWith("(Faure, 2012).⁷"),
                            p -> assertThat(p).startsWith("Menggunakan kerangka berpikir Charles Kupchan")
                                    .endsWith("Ketidakpercayaan AS ini membuat kesepakatan kedua negara tidak tercapai."));
            assertThat(section("Kegagalan Negosiasi Nuklir Hanoi: Faktor AS").passages().get(12).text())
                    .startsWith("Menurut analisis AS, seandainya Korut")
                    .endsWith("(New York Times, 2019).⁵³");
            assertThat(section("Kesimpulan").passages().get(1).text())
                    .startsWith("Pelajaran penting yang dapat dipetik")
                    .endsWith("perlu dikaji lebih lanjut.");
        }

        @Test
        void paragraphAroundTheFirstNotesIsWholeAndCitesThem() {
            ParsedPassage first = firstPassage("Pendahuluan");
            assertThat(first.text())
                    .contains("memandang nuklir Korut sebagai ancaman nyata (Huang, 2019).¹ Heritage Foundation (2019)"
                            + " secara eksplisit menyatakan bahwa “With its ICBM program")
                    .contains("ongoing threat to the U.S. homeland.”² Masih berlanjutnya program nuklir Korut")
                    .contains("sekitar 52 persen dari 26 negara");
            assertThat(first.notes()).containsExactly(1, 2);
        }

        @Test
        void sentencesCrossingFootnoteBlocksArriveWhole() {
            assertThat(joinedText()).contains(
                    "Meskipun mantan presiden AS Jimmy Carter pernah mengunjungi Korut dan bertemu Kim Il-sung pada"
                            + " 1993, namun bukan dalam kapasitas",
                    "Penasehat keamanan presiden Korsel Moon Chung-in berpendapat kegagalan pertemuan itu"
                            + " disebabkan tuntutan AS terlalu berlebihan sementara Korut terlalu percaya diri",
                    "dimana AS tidak percaya pada komitmen Korut. AS dibayang-bayangi",
                    "Prinsip utama metode ini adalah “kesebangunan” (congruity)",
                    "Negosiasi dikatakan gagal apabila hasil yang diharapkan (umumnya berupa kesepakatan) tidak tercapai.",
                    "diselesaikan dengan cara-cara damai (Kupchan, 2010:2).¹⁰ Dalam buku itu",
                    "Tahap unilateral accommodation merupakan tahap dimana salah satu pihak memberikan konsesi",
                    "Korut setiap tahun akan mendapatkan bantuan 500.000 ton minyak dari AS",
                    "melakukan serangkaian perang pernyataan, baik lewat pernyataan resmi maupun kicauan Trump",
                    "merupakan babak ketiga pasca pertemuan tingkat tinggi antar-Korea (Inter-Korean Summit)",
                    "tetapi menunjukkan semangat rekonsiliasi dan menjadi investasi",
                    "(NPR, 2017).²² Perekonomian Korut pada 2017 merupakan kontraksi terburuk",
                    "Media massa internasional ramai-ramai memberitakan",
                    "latihan militer gabungan skala besar bersama Korsel (CNN, 2018).³³ Selama ini",
                    "atas rencana realisasi denuklirisasi Semenanjung Korea dengan imbalan keringanan sanksi",
                    "pencabutan lima dari sebelas sanksi DK PBB terhadap Korut, itu pun sanksi",
                    "tidak akan menghapuskan sistem persenjataan rudal Korut (CNN, 2019a).⁴⁹");
        }

        @Test
        void lineEndHyphensAreKept() {
            String all = joinedText();
            assertThat(all).contains("Tonggak hubungan bilateral AS-Korut terjadi", "diplomasi AS-Korut di era",
                    "definisi denuklirisasi berbeda-beda di tiap negara", "bawah tanah di Punggye-ri, termasuk",
                    "menandatangani US-North Korea Agreed Framework", "(least-likely case)", "Sanksi-sanksi lainnya",
                    "Kim Jong-un (2011-sekarang)", "kronologis-deskriptif");
            assertThat(all).doesNotContain("AS- Korut", "berbeda- beda", "Punggye- ri");
        }

        @Test
        void noFootnoteMaterialInPassages() {
            for (ParsedPassage p : passages) {
                assertThat(p.text()).doesNotContain("http", "www.", "Diakses pada", "Ibid");
                for (ParsedNote note : article.notes()) {
                    String text = note.text();
                    assertThat(p.text()).doesNotContain(text, text.substring(Math.max(0, text.length() - 30)));
                }
            }
        }

        @Test
        void passageTextIsClean() {
            for (ParsedPassage p : passages) {
                assertThat(p.text()).doesNotContain("  ", "\n").isEqualTo(p.text().strip());
                assertThat(Character.isLowerCase(p.text().charAt(0)))
                        .as("passage starts in lower case (broken join): %s", p.text()).isFalse();
            }
        }

        @Test
        void notesAreNumberedOneToFiftyThree() {
            assertThat(article.notes()).extracting(ParsedNote::number)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 53).boxed().toList());
            for (ParsedNote note : article.notes()) {
                assertThat(note.text()).isNotBlank().doesNotContain("  ", "\n").isEqualTo(note.text().strip());
            }
        }

        @Test
        void noteTextsAreRepaired() {
            assertThat(note(1)).isEqualTo("Huang, C. 2019. “Global concerns persist about North Korea’s nuclear"
                    + " program before second Trump-Kim summit”. Pew Research Center, 25 Februari. Diakses pada 1 Maret"
                    + " 2020. https://www.pewresearch.org/fact-tank/2019/02/25/global-concerns-persist-about-north-koreas"
                    + "-nuclear-program-before-second-trump-kim-summit/.");
            assertThat(note(5)).endsWith("https://news.okezone.com/read/2019/03/15/18/2030481/ktt-hanoi-gagal-korea"
                    + "-utara-pertimbangkan-hentikan-pembicaraan-denuklirisasi-dengan-as.");
            assertThat(note(11)).isEqualTo("Ibid., p.3.");
            // notes interrupted by running text and completed in the next column
            assertThat(note(22)).isEqualTo("NPR. 2017. “UN approves new North Korea sanctions over missile tests’."
                    + " 6 Agustus. Diakses pada 20 November 2020. https://www.npr.org/sections/thetwo-way/2017/08/06/"
                    + "541871435/u-n-approves-new-north-korea-sanctions-over-missile-tests.");
            assertThat(note(25)).endsWith("Global Affairs, 3(4–5): 365-377.");
            assertThat(note(36)).contains("https://www.38north.org/2018/07/sohae072318/?__cf_chl_captcha_tk__="
                    + "7cb83116efc70ca3452170c3f4059ead839bdda3-1607520996-0-AfJNGVhvbZOus3J84rwQopTuJ91lhwf4X02t36lawc")
                    .endsWith("cQZRqhitb7C.");
            assertThat(note(52)).startsWith("Albright, D. 2018.");
            assertThat(note(53)).endsWith("https://www.nytimes.com/2019/03/02/world/asia/trump-kim-jong-un-summit.html.");
            for (ParsedNote n : article.notes()) {
                assertThat(n.text()).doesNotContain("Perekonomian Korut", "Faktor personal", "Lebih lanjut ia");
            }
        }

        @Test
        void markersMatchNotesAndEveryNoteIsCited() {
            List<Integer> cited = new ArrayList<>();
            for (ParsedPassage p : passages) {
                assertThat(markers(p.text())).as("markers of %s", p.text()).isEqualTo(p.notes());
                cited.addAll(p.notes());
            }
            assertThat(cited).containsExactlyElementsOf(IntStream.rangeClosed(1, 53).boxed().toList());
        }

        private ParsedSection section(String heading) {
            return article.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
        }

        private ParsedPassage firstPassage(String heading) {
            return section(heading).passages().get(0);
        }

        private String note(int number) {
            return article.notes().get(number - 1).text();
        }

        private String joinedText() {
            return String.join("\n", passages.stream().map(ParsedPassage::text).toList());
        }
    }

    @Test
    void repairsWrapsPageBreaksSplicedNotesUrlsHyphensAndHeadings() {
        String raw = String.join("\n",
                " A B S T R A C T",
                "",
                "This article explains why the talks",
                "failed.",
                "",
                "A B S T R A K",
                "",
                "Artikel ini menjelaskan kegagalan",
                "perundingan.",
                " Pendahuluan",
                "",
                "Isu nuklir Korea Utara merupakan",
                "isu penting. Sekitar 52",
                "persen responden merasa terancam",
                "(Huang, 2019).1 Hubungan AS-",
                "Korut tetap tegang dan pandangan",
                "kedua negara berbeda-",
                "beda sejak perundingan",
                "",
                "1 Huang, C. 2019. “Global concerns about Trump-",
                "Kim summit”. Diakses pada 1 Maret 2020.",
                "https://www.pewresearch.org/fact-",
                "tank/2019/02/25/global-concerns/.",
                "",
                "https://www.pewresearch.org/fact-tank/2019/02/25/global-concerns/",
                "https://www.pewresearch.org/fact-tank/2019/02/25/global-concerns/",
                " pertama di Singapura gagal total.”2",
                "Situasi ini dibahas di bawah.",
                "",
                "2 Ibid., p.3.",
                "",
                "Paragraf kedua menyebut uji coba di",
                "Punggye-",
                "ri yang dihancurkan oleh",
                " Korut.",
                "",
                "Kalimat berikutnya (Lee, 2018).3 terpotong oleh catatan dengan",
                "",
                "3 Lee, J. 2018. Judul buku. Seoul: Press.",
                "",
                "Korut.",
                "",
                "Hasil dan Pembahasan",
                "",
                "Dampak Ekonomi",
                "",
                "Sanksi membuat ekonomi Korut",
                "merosot tajam.",
                "");
        ParsedArticle article = parser.parse(raw, "id");

        assertThat(article.sections())
                .extracting(ParsedSection::heading, ParsedSection::level, ParsedSection::language)
                .containsExactly(
                        tuple("Abstract", 1, "en"),
                        tuple("Abstrak", 1, "id"),
                        tuple("Pendahuluan", 1, "id"),
                        tuple("Hasil dan Pembahasan", 1, "id"),
                        tuple("Dampak Ekonomi", 2, "id"));
        assertThat(article.sections().get(0).passages()).extracting(ParsedPassage::text)
                .containsExactly("This article explains why the talks failed.");
        assertThat(article.sections().get(1).passages()).extracting(ParsedPassage::text)
                .containsExactly("Artikel ini menjelaskan kegagalan perundingan.");
        assertThat(article.sections().get(2).passages()).containsExactly(
                new ParsedPassage("Isu nuklir Korea Utara merupakan isu penting. Sekitar 52 persen responden merasa"
                        + " terancam (Huang, 2019).¹ Hubungan AS-Korut tetap tegang dan pandangan kedua negara"
                        + " berbeda-beda sejak perundingan pertama di Singapura gagal total.”² Situasi ini dibahas"
                        + " di bawah.", List.of(1, 2), "id"),
                new ParsedPassage("Paragraf kedua menyebut uji coba di Punggye-ri yang dihancurkan oleh Korut.",
                        List.of(), "id"),
                new ParsedPassage("Kalimat berikutnya (Lee, 2018).³ terpotong oleh catatan dengan Korut.", List.of(3), "id"));
        assertThat(article.sections().get(3).passages()).isEmpty();
        assertThat(article.sections().get(4).passages()).containsExactly(
                new ParsedPassage("Sanksi membuat ekonomi Korut merosot tajam.", List.of(), "id"));
        assertThat(article.notes()).containsExactly(
                new ParsedNote(1, "Huang, C. 2019. “Global concerns about Trump-Kim summit”. Diakses pada 1 Maret"
                        + " 2020. https://www.pewresearch.org/fact-tank/2019/02/25/global-concerns/."),
                new ParsedNote(2, "Ibid., p.3."),
                new ParsedNote(3, "Lee, J. 2018. Judul buku. Seoul: Press."));
    }

    @Test
    void completesANoteInterruptedByRunningText() {
        String raw = String.join("\n",
                "Pendahuluan",
                "",
                "Kalimat pertama dikutip dari laporan (Lee, 2018).1 Kalimat",
                "kedua juga dikutip (Kim, 2019).2 Kalimat ketiga",
                "",
                "1 Lee, J. 2018. “A very long report title that",
                "runs on”. Seoul",
                "",
                "berlanjut di kolom berikutnya dan selesai di sini.",
                "",
                "Press, 12 Mei. Diakses pada 3 Juni 2020.",
                "2 Kim, S. 2019. Buku. Jakarta: Gramedia.",
                "",
                "Paragraf baru dimulai di sini.");
        ParsedArticle article = parser.parse(raw, "id");

        assertThat(article.sections()).hasSize(1);
        assertThat(article.sections().get(0).passages()).containsExactly(
                new ParsedPassage("Kalimat pertama dikutip dari laporan (Lee, 2018).¹ Kalimat kedua juga dikutip"
                        + " (Kim, 2019).² Kalimat ketiga berlanjut di kolom berikutnya dan selesai di sini.", List.of(1, 2), "id"),
                new ParsedPassage("Paragraf baru dimulai di sini.", List.of(), "id"));
        assertThat(article.notes()).containsExactly(
                new ParsedNote(1, "Lee, J. 2018. “A very long report title that runs on”. Seoul Press, 12 Mei."
                        + " Diakses pada 3 Juni 2020."),
                new ParsedNote(2, "Kim, S. 2019. Buku. Jakarta: Gramedia."));
    }

    @Test
    void aDateInsideANoteIsNotTheNextNote() {
        String raw = String.join("\n",
                "Teks dengan dua catatan (A, 2019).1 dan",
                "(B, 2020).2 yang berurutan.",
                "",
                "1 A. 2019. Judul. Diakses pada",
                "2 Juni 2020.",
                "2 B. 2020. Judul lain.");
        ParsedArticle article = parser.parse(raw, "id");

        assertThat(article.sections()).extracting(ParsedSection::heading, ParsedSection::level)
                .containsExactly(tuple("", 1));
        assertThat(article.sections().get(0).passages()).containsExactly(
                new ParsedPassage("Teks dengan dua catatan (A, 2019).¹ dan (B, 2020).² yang berurutan.", List.of(1, 2), "id"));
        assertThat(article.notes()).containsExactly(
                new ParsedNote(1, "A. 2019. Judul. Diakses pada 2 Juni 2020."),
                new ParsedNote(2, "B. 2020. Judul lain."));
    }

    @Test
    void numbersThatAreNotTheNextNoteStayText() {
        String raw = String.join("\n",
                "Catatan pertama (A, 2019).1 di sini, dengan 3.5 persen dan",
                "sekitar 2 dari 10 negara.",
                "",
                "1 A. 2019. Judul.",
                "",
                "1 Januari 2020 menjadi hari yang penting bagi 2",
                "negara itu.");
        ParsedArticle article = parser.parse(raw, "id");

        assertThat(article.sections().get(0).passages()).containsExactly(
                new ParsedPassage("Catatan pertama (A, 2019).¹ di sini, dengan 3.5 persen dan sekitar 2 dari 10 negara.",
                        List.of(1), "id"),
                new ParsedPassage("1 Januari 2020 menjadi hari yang penting bagi 2 negara itu.", List.of(), "id"));
        assertThat(article.notes()).containsExactly(new ParsedNote(1, "A. 2019. Judul."));
    }

    @Test
    void headingsVersusShortLines() {
        String raw = String.join("\n",
                "Judul Artikel Tentang Korea",
                "",
                "Pendahuluan",
                "Teks pertama dimulai tanpa baris kosong.",
                "",
                "Itu terjadi.",
                "",
                "Presiden Trump",
                "",
                "mengatakan hal itu di Hanoi.",
                "",
                "Paragraf ini berhenti di",
                "",
                " Korea Selatan.",
                "",
                "Dampak ekonomi sanksi",
                "",
                "Sanksi membuat ekonomi merosot.");
        ParsedArticle article = parser.parse(raw, "id");

        assertThat(article.sections()).extracting(ParsedSection::heading, ParsedSection::level)
                .containsExactly(tuple("Judul Artikel Tentang Korea", 1), tuple("Pendahuluan", 1),
                        tuple("Dampak ekonomi sanksi", 2));
        assertThat(article.sections().get(1).passages()).extracting(ParsedPassage::text).containsExactly(
                "Teks pertama dimulai tanpa baris kosong.",
                "Itu terjadi.",
                "Presiden Trump mengatakan hal itu di Hanoi.",
                "Paragraf ini berhenti di Korea Selatan.");
    }

    @Test
    void englishSectionNamesAreLevelOne() {
        String raw = String.join("\n",
                "Introduction",
                "",
                "Some text.",
                "",
                "Regional Context",
                "",
                "More text.",
                "",
                "Conclusion",
                "",
                "Final text.");
        ParsedArticle article = parser.parse(raw, "en");

        assertThat(article.sections()).extracting(ParsedSection::heading, ParsedSection::level, ParsedSection::language)
                .containsExactly(tuple("Introduction", 1, "en"), tuple("Regional Context", 2, "en"),
                        tuple("Conclusion", 1, "en"));
    }

    @Test
    void blankInputIsRejected() {
        assertThatThrownBy(() -> parser.parse("", "id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse(" \n\n  \t\n", "id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> parser.parse(null, "id"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> parser.parse("https://example.org/only-a-url\n", "id"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No paragraph");
    }

    private static List<Integer> markers(String text) {
        List<Integer> numbers = new ArrayList<>();
        Matcher m = SUPERSCRIPT_RUN.matcher(text);
        while (m.find()) {
            StringBuilder digits = new StringBuilder();
            m.group().chars().forEach(c -> digits.append("⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c)));
            numbers.add(Integer.parseInt(digits.toString()));
        }
        return numbers;
    }
}
