package app.kasus.codebook;

public record ActorDef(String key, Texts name) {
}
