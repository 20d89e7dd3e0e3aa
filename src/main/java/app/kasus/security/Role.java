package app.kasus.security;

public enum Role {
    STUDENT, RESEARCHER, INSTRUCTOR, ADMIN;

    /** The role names {@code @RolesAllowed} takes; constants so that views name roles the way this enum does. */
    public static final String STUDENT_NAME = "STUDENT";
    public static final String RESEARCHER_NAME = "RESEARCHER";
    public static final String INSTRUCTOR_NAME = "INSTRUCTOR";
    public static final String ADMIN_NAME = "ADMIN";

    /** The authority name Spring Security checks in {@code @RolesAllowed} and {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
