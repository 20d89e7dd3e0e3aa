package app.kasus.codebook;

import app.kasus.base.ConflictException;

/**
 * A bulk change of a code (moving or deleting its annotations) would alter coding an instructor has locked: refused
 * as a whole, with how much locked coding it would touch, so the instructor knows whose coding to unlock first.
 */
public class LockedCodingException extends ConflictException {

    private final transient CodeUsage.Locked locked;

    LockedCodingException(String code, CodeUsage.Locked locked) {
        super(locked.annotations() + " annotation(s) of " + locked.coders() + " coder(s) whose coding is locked use code "
                + code + "; unlock their coding first");
        this.locked = locked;
    }

    public CodeUsage.Locked locked() {
        return locked;
    }
}
