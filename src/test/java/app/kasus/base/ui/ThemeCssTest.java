package app.kasus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The theme is one hand-edited file that several features append to; an unclosed block silently swallows every
 * rule after it (a merge once left one open and the groups page lost its layout). Browsers report nothing.
 */
class ThemeCssTest {

    @Test
    void everyBlockOfTheThemeIsClosed() throws IOException {
        String css = Files.readString(Path.of("frontend/themes/kasus/styles.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : css.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
                // Only @media and the like nest; a rule inside a rule means a block was left open above.
                assertThat(depth).as("nesting at line %d (comments removed)", line).isLessThanOrEqualTo(2);
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a block closed twice at line %d (comments removed)", line).isGreaterThanOrEqualTo(0);
            }
        }
        assertThat(depth).as("blocks left open at the end").isZero();
    }
}
