package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenceBarTest {

    @Test
    void avatarsShowTheInitialsOfTheDisplayName() {
        assertThat(PresenceBar.initialsOfName("Siti Rahma")).isEqualTo("SR");
        assertThat(PresenceBar.initialsOfName("Student 1")).isEqualTo("S1");
        assertThat(PresenceBar.initialsOfName("  budi ")).isEqualTo("B");
        assertThat(PresenceBar.initialsOfName("Santoso, Budi Agus")).isEqualTo("SB");
        assertThat(PresenceBar.initialsOfName("Łukasz Ōta")).isEqualTo("ŁŌ");
    }
}
