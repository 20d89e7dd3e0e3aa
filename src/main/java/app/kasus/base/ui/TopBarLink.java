package app.kasus.base.ui;

/**
 * A link a feature puts into the top bar, shown only to those the feature says may use it. Features contribute
 * beans of this type, so the layout names no feature and asks no role rule itself.
 */
public interface TopBarLink {

    /** Position from the left; lower comes first. */
    int order();

    /** The route path, e.g. {@code "users"}. */
    String path();

    /** The translation key of the link's text. */
    String labelKey();

    /** The element id, for tests and skip links. */
    String id();

    /** Whether the signed-in user sees the link; the view behind it checks again. */
    boolean visibleToCurrentUser();
}
