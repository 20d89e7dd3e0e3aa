package app.kasus.codebook;

import java.util.List;
import java.util.Optional;

/** One case's codebook: its codes, actors and Kupchan's stages, each in display order. */
public record Codebook(long caseId, List<CodeDef> codes, List<ActorDef> actors, List<StageDef> stages) {

    /** Keys match regardless of case, so "Concession" and "us" find "concession" and "US". */
    public Optional<CodeDef> code(String key) {
        return key == null ? Optional.empty()
                : codes.stream().filter(c -> c.key().equalsIgnoreCase(key.trim())).findFirst();
    }

    public Optional<ActorDef> actor(String key) {
        return key == null ? Optional.empty()
                : actors.stream().filter(a -> a.key().equalsIgnoreCase(key.trim())).findFirst();
    }

    public Optional<StageDef> stage(Integer number) {
        return number == null ? Optional.empty() : stages.stream().filter(s -> s.number() == number).findFirst();
    }

    public String codeKeys() {
        return String.join(", ", codes.stream().map(CodeDef::key).toList());
    }

    public String actorKeys() {
        return String.join(", ", actors.stream().map(ActorDef::key).toList());
    }
}
