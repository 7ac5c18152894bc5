package org.filbert.routing.impl;

import java.util.Locale;

/** Why routing dropped a message. Immutable. */
enum RouteDrop {
    DUPLICATE, NO_ROUTE, TTL_EXPIRED, NO_STRATEGY, NOT_SENT;

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
