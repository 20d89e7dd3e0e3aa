package app.kasus.cases;

public record NoteInfo(int number, String text) {
}
