package app.kasus.codebook;

/** Kupchan's four stages of the passage from enmity to friendship, numbered 1 to 4. */
public final class Stage {

    public static final int FIRST = 1;
    public static final int LAST = 4;

    private Stage() {
    }

    public static boolean isValid(Integer stage) {
        return stage != null && stage >= FIRST && stage <= LAST;
    }
}
