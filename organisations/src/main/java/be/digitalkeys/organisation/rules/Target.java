package be.digitalkeys.organisation.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * What an action is about: always a context (the organisation's root context for
 * organisation-wide actions such as appointing a main manager), and when relevant the user
 * concerned and the right (role id).
 */
public final class Target {

    private final ContextPath context;
    private final String userId;
    private final String rightId;
    private final long validUntil;

    private Target(ContextPath context, String userId, String rightId, long validUntil) {
        this.context = Objects.requireNonNull(context, "context");
        this.userId = userId;
        this.rightId = rightId;
        this.validUntil = validUntil;
    }

    public static Target in(ContextPath context) {
        return new Target(context, null, null, Actor.NO_END);
    }

    /** The same target about a user (the grantee, the appointee, the person looked at). */
    public Target user(String userId) {
        return new Target(context, Objects.requireNonNull(userId, "userId"), rightId, validUntil);
    }

    /** The same target about a right (role id). */
    public Target right(String rightId) {
        return new Target(context, userId, Objects.requireNonNull(rightId, "rightId"), validUntil);
    }

    /**
     * The same target for a grant ending at {@code validUntilMillis} (epoch ms); {@code null}: no end.
     * A target without this is a grant without an end date (the longest).
     */
    public Target until(Long validUntilMillis) {
        return new Target(context, userId, rightId, validUntilMillis == null ? Actor.NO_END : validUntilMillis);
    }

    /** End of the grant asked for (epoch ms), {@link Actor#NO_END} when it has none. */
    public long validUntil() {
        return validUntil;
    }

    public ContextPath context() {
        return context;
    }

    public Optional<String> userId() {
        return Optional.ofNullable(userId);
    }

    public Optional<String> rightId() {
        return Optional.ofNullable(rightId);
    }

    @Override
    public String toString() {
        return "Target[" + context.contextId() + (userId != null ? ", user " + userId : "")
                + (rightId != null ? ", right " + rightId : "") + (validUntil != Actor.NO_END ? ", until " + validUntil : "") + "]";
    }
}
