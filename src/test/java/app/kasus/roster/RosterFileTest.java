package app.kasus.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class RosterFileTest {

    private static RosterFile.Parsed parse(String text) {
        return RosterFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errorTexts(RosterFile.Parsed parsed) {
        return parsed.errors().stream().map(e -> e.line() + " " + e.field() + ": " + e.error()).toList();
    }

    @Test
    void readsACommaRoster() {
        RosterFile.Parsed parsed = parse("username,display_name,group\nsiti,Siti Rahma,Seminar C\nBudi.S,\"Santoso, Budi\",Seminar C\n");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.rows()).containsExactly(
                new RosterRow(2, "siti", "Siti Rahma", "Seminar C"),
                new RosterRow(3, "budi.s", "Santoso, Budi", "Seminar C"));
    }

    @Test
    void readsASemicolonRosterWithBomAndWindowsLineEnds() {
        RosterFile.Parsed parsed = parse("\uFEFFUsername;Display_Name;Group\r\nnunez;Ñoño Núñez;Kelas B\r\n\r\nari;Ari Wibowo;Kelas B\r\n");
        assertThat(errorTexts(parsed)).isEmpty();
        assertThat(parsed.rows()).extracting(RosterRow::username).containsExactly("nunez", "ari");
        assertThat(parsed.rows()).extracting(RosterRow::line).containsExactly(2, 4);
    }

    @Test
    void namesEveryBadRowAndField() {
        RosterFile.Parsed parsed = parse("""
                username,display_name,group
                good,Good Student,A
                bad name,Bad Name,A
                ,No Username,A
                empty-name,,A
                GOOD,Duplicate,A
                nogroup,No Group,
                toofew,Only Two
                """);
        assertThat(errorTexts(parsed)).containsExactlyInAnyOrder(
                "3 username: \"bad name\" may contain only letters a-z, digits and . _ - @, starting with a letter or digit",
                "4 username: empty: must not be empty",
                "5 display_name: must not be empty",
                "6 username: good appears twice (also on line 2)",
                "7 group: must not be empty",
                "8 row: has 2 fields, expected 3 (username,display_name,group)");
    }

    @Test
    void refusesAWrongHeaderAnEmptyFileAndTooManyRows() {
        assertThat(errorTexts(parse("name,group\nsiti,A\n"))).singleElement().asString()
                .startsWith("0 file: the first line must be the header username,display_name,group");
        assertThat(errorTexts(parse(""))).containsExactly("0 file: the file is empty");
        assertThat(errorTexts(parse("username,display_name,group\n"))).containsExactly("0 file: the file has a header but no students");
        StringBuilder big = new StringBuilder("username,display_name,group\n");
        for (int i = 0; i <= RosterFile.MAX_ROWS; i++) {
            big.append("s").append(i).append(",Student ").append(i).append(",A\n");
        }
        assertThat(errorTexts(parse(big.toString()))).containsExactly("0 file: too many rows: 501 students, at most 500 in one import");
    }

    @Test
    void refusesTextThatIsNotUtf8() {
        byte[] latin1 = "username,display_name,group\nnunez,Ñoño,A\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(errorTexts(RosterFile.parse(latin1))).singleElement().asString().contains("not UTF-8");
    }

    @Test
    void refusesAnUnclosedQuote() {
        assertThat(errorTexts(parse("username,display_name,group\nsiti,\"Siti,A\n"))).singleElement().asString()
                .isEqualTo("0 file: line 2: a quoted field is never closed");
    }
}
