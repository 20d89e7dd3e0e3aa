package app.kasus.codebook;

public record StageDef(int number, Texts name, Texts definition) {
}
