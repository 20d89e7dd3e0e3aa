package app.kasus.assessment;

/** The two sides whose negotiation is assessed; {@code first} made the earliest concession toward the other. */
public record Dyad(String first, String second) {
}
