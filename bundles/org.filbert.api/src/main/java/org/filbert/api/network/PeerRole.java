package org.filbert.api.network;

import java.util.Locale;

/** The role a connected peer plays for us: an ultrapeer, or a leaf we shield. Immutable. */
public enum PeerRole {
    ULTRAPEER, LEAF;

    /** Lower-case name for shell output. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
