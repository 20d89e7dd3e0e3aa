package app.kasus.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DefaultCodebookTest {

    private static Codebook parse(String yaml) throws IOException {
        return DefaultCodebook.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedCodebookHasTheThreeCodesSixActorsAndFourStagesInBothLanguages() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("config/codebook.yml"))) {
            Codebook book = DefaultCodebook.parse(in);
            assertThat(book.codes()).extracting(CodeDef::key).containsExactly("concession", "demand", "signal");
            assertThat(book.codes()).extracting(CodeDef::kind)
                    .containsExactly(CodeKind.CONCESSION, CodeKind.DEMAND, CodeKind.SIGNAL);
            assertThat(book.actors()).extracting(ActorDef::key).containsExactly("US", "DPRK", "ROK", "PRC", "UN", "other");
            assertThat(book.stages()).extracting(StageDef::number).containsExactly(1, 2, 3, 4);
            for (CodeDef code : book.codes()) {
                assertThat(code.definition().en()).isNotBlank();
                assertThat(code.definition().id()).isNotBlank();
                assertThat(code.examples().en()).isNotBlank();
            }
            assertThat(book.code("Concession")).isPresent();
            assertThat(book.actor("us")).map(ActorDef::key).contains("US");
        }
    }

    @Test
    void aFileWithMistakesIsRefusedWithTheReason() {
        String actors = "actors:\n  - {key: A, name: {en: A, id: A}}\n  - {key: B, name: {en: B, id: B}}\n";
        String stages = "stages:\n" + "  - {number: 1, name: {en: s, id: s}}\n  - {number: 2, name: {en: s, id: s}}\n"
                + "  - {number: 3, name: {en: s, id: s}}\n  - {number: 4, name: {en: s, id: s}}\n";
        assertThatThrownBy(() -> parse("codes:\n  - {key: x, kind: apology, color: '#000000', name: {en: X, id: X}}\n"
                + actors + stages)).hasMessageContaining("kind");
        assertThatThrownBy(() -> parse("codes:\n  - {key: x, kind: demand, color: red, name: {en: X, id: X}}\n"
                + actors + stages)).hasMessageContaining("colour");
        assertThatThrownBy(() -> parse("codes:\n  - {key: x, kind: demand, color: '#000000', name: {en: X, id: X}}\n"
                + "  - {key: x, kind: signal, color: '#000000', name: {en: Y, id: Y}}\n" + actors + stages))
                .hasMessageContaining("twice");
        assertThatThrownBy(() -> parse("codes:\n  - {key: x, kind: demand, color: '#000000', name: {en: X, id: X}}\n"
                + actors + "stages:\n  - {number: 1, name: {en: s, id: s}}\n")).hasMessageContaining("1, 2, 3, 4");
    }
}
