package app.kasus.security;

public enum Role {
    STUDENT, RESEARCHER, INSTRUCTOR, ADMIN;

    /** The authority name Spring Security checks in {@code @RolesAllowed} and {@code hasRole}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
