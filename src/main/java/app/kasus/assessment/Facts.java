package app.kasus.assessment;

/**
 * The numbers a plain-language explanation is generated from; directions are relative to the dyad
 * ({@code first} to {@code second} and back), all zero when there is no dyad.
 *
 * @param linkedReply true when a concession of the stage responds to one in the opposite direction
 * @param blockedBy   the previous stage number when this stage is blocked, otherwise null
 */
public record Facts(int concessionsFirstToSecond, int concessionsSecondToFirst, int positiveFirstToSecond,
                    int positiveSecondToFirst, boolean linkedReply, Integer blockedBy) {
}
