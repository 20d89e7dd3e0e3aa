package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationData;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Another coder's annotation keeps what its highlight shows, and thousands of them share their repeated words. */
class OtherCodingTest {

    @Test
    void keepsWhatTheHighlightShowsAndSharesCodesActorsAndNames() {
        OtherCoding first = OtherCoding.of(annotation(1, new String("concession"), new String("budi")));
        OtherCoding second = OtherCoding.of(annotation(2, new String("concession"), new String("budi")));

        assertThat(first).isEqualTo(new OtherCoding(1, 7, 3, 11, "concession", "DPRK", "US", 2, "budi", false, 4));
        assertThat(second.code()).isSameAs(first.code());
        assertThat(second.author()).isSameAs(first.author());
        assertThat(second.actor()).isSameAs(first.actor());
    }

    @Test
    void viewsThatReadTheSameCodingShareOneInstanceUntilItChanges() {
        OtherCoding inOneView = OtherCoding.of(annotation(41, "concession", "budi"));
        OtherCoding inAnother = OtherCoding.of(annotation(41, new String("concession"), new String("budi")));
        OtherCoding changed = OtherCoding.of(annotation(41, "demand", "budi"));

        assertThat(inAnother).isSameAs(inOneView);
        assertThat(changed).isNotSameAs(inOneView).isNotEqualTo(inOneView);
    }

    private static AnnotationData annotation(long id, String code, String author) {
        return new AnnotationData(id, 5, 7, 3, 11, "a quote we do not keep", code, new String("DPRK"), new String("US"),
                2, null, LocalDate.of(2019, 2, 28), "a note we do not keep", null, author, 4, Instant.EPOCH,
                Instant.EPOCH, false, null);
    }
}
