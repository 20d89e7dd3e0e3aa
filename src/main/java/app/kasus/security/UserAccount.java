package app.kasus.security;

import app.kasus.base.StoredTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

@Entity
@Audited
@Table(name = "app_user")
public class UserAccount {

    /** The column's width; forms and the roster import read it, so a name that fits the form fits the table. */
    public static final int MAX_DISPLAY_NAME = 128;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    /** Always lower case (see {@link Usernames}), so the unique constraint is case-insensitive. */
    @Column(nullable = false, unique = true, length = Usernames.MAX_LENGTH)
    private String username;

    /** Never in the history: an old hash is still a hash someone could attack. */
    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = MAX_DISPLAY_NAME)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UserAccount() {
    }

    UserAccount(String username, String passwordHash, String displayName, Role role) {
        this.username = Usernames.normalize(username);
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.createdAt = StoredTime.now();
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    /** Set by a one-time password: the user must choose their own before doing anything else. */
    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPassword(String passwordHash, boolean oneTime) {
        this.passwordHash = passwordHash;
        this.mustChangePassword = oneTime;
    }
}
