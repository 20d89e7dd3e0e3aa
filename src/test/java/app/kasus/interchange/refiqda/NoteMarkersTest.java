package app.kasus.interchange.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class NoteMarkersTest {

    @Test
    void readsSuperscriptRunsThatAreNotes() {
        assertThat(NoteMarkers.markers("Talks failed.¹ Again (CNN, 2019).¹¹ And ²³ then ⁹⁹.¹", Set.of(1, 11, 23)))
                .containsExactly(1, 11, 23);
        assertThat(NoteMarkers.markers("No markers here, 2019.", Set.of(1))).isEmpty();
    }
}
