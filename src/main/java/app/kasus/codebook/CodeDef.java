package app.kasus.codebook;

public record CodeDef(String key, CodeKind kind, String color, Texts name, Texts definition, Texts examples) {
}
