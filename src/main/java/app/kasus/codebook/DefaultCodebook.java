package app.kasus.codebook;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The codebook every new case starts with: {@code config/codebook.yml} beside the running application when it
 * is there (what a deployer edits), else the copy the build put into the jar.
 */
@Component
class DefaultCodebook {

    record Entry(String key, String kind, String color, Texts name, Texts definition, Texts examples) {
    }

    record ActorEntry(String key, Texts name) {
    }

    record StageEntry(int number, Texts name, Texts definition) {
    }

    record File(List<Entry> codes, List<ActorEntry> actors, List<StageEntry> stages) {
    }

    private final Path configured;

    DefaultCodebook(@Value("${kasus.codebook.file:config/codebook.yml}") Path configured) {
        this.configured = configured;
    }

    Codebook load() {
        try (InputStream in = Files.isReadable(configured) ? Files.newInputStream(configured)
                : new ClassPathResource("codebook/codebook.yml").getInputStream()) {
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("The default codebook cannot be read: " + e.getMessage(), e);
        }
    }

    static Codebook parse(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        File file = yaml.readValue(in, File.class);
        if (file.codes() == null || file.codes().isEmpty() || file.actors() == null || file.actors().size() < 2
                || file.stages() == null) {
            throw new IOException("the codebook needs codes, at least two actors, and the stages");
        }
        List<CodeDef> codes = new ArrayList<>();
        for (Entry e : file.codes()) {
            CodeKind kind = CodeKind.parse(e.kind()).orElseThrow(() ->
                    new IOException("code " + e.key() + ": kind must be concession, demand, signal or other"));
            codes.add(CodebookRules.checkCode(new CodeDef(e.key(), kind, e.color(), orEmpty(e.name()),
                    orEmpty(e.definition()), orEmpty(e.examples()))));
        }
        List<ActorDef> actors = file.actors().stream()
                .map(a -> CodebookRules.checkActor(new ActorDef(a.key(), orEmpty(a.name())))).toList();
        List<StageDef> stages = file.stages().stream()
                .map(s -> new StageDef(s.number(), orEmpty(s.name()), orEmpty(s.definition()))).toList();
        if (!stages.stream().map(StageDef::number).toList().equals(List.of(1, 2, 3, 4))) {
            throw new IOException("the stages must be numbered 1, 2, 3, 4 in order");
        }
        requireUnique(codes.stream().map(c -> c.key().toLowerCase()).toList(), "code");
        requireUnique(actors.stream().map(a -> a.key().toLowerCase()).toList(), "actor");
        return new Codebook(0, codes, actors, stages);
    }

    private static Texts orEmpty(Texts texts) {
        return texts == null ? new Texts("", "") : texts;
    }

    private static void requireUnique(List<String> keys, String what) throws IOException {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new IOException("the " + what + " key " + key + " appears twice");
            }
        }
    }
}
