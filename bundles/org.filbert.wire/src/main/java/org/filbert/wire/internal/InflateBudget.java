package org.filbert.wire.internal;

/**
 * How many more bytes the deflated GGEP extensions of the message being decoded may inflate to: one
 * budget of {@link org.filbert.wire.WireLimits#maxGgepInflatedSize()} is shared by every GGEP block of
 * a payload (all query hit results, the trailer, all blocks of an extension area), so the decoded size
 * of a message stays bounded however many deflated blocks it packs. Mutable, not thread-safe: one per
 * decode.
 */
public final class InflateBudget {
    private int remaining;

    public InflateBudget(int bytes) {
        this.remaining = Checks.range(bytes, 0, Integer.MAX_VALUE, "bytes");
    }

    public int remaining() {
        return remaining;
    }

    /** Records bytes inflated; never more than {@link #remaining()} (the inflater is capped by it). */
    public void spend(int bytes) {
        remaining -= Checks.range(bytes, 0, remaining, "bytes");
    }
}
