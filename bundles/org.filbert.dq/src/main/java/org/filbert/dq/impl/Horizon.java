package org.filbert.dq.impl;

/**
 * The theoretical horizon of a query copy: through an ultrapeer of degree {@code d} with
 * TTL {@code t} it reaches {@code 1 + (d-1) + ... + (d-1)^(t-1)} ultrapeers, each with its
 * leaves behind it. Stateless.
 */
final class Horizon {

    /** Degree assumed for an ultrapeer that announces no X-Degree. */
    static final int DEFAULT_DEGREE = 6;

    private Horizon() {
    }

    static long hosts(int degree, int ttl, int leavesPerUltrapeer) {
        long ultrapeers = 0;
        long level = 1;
        for (int i = 0; i < ttl; i++) {
            ultrapeers += level;
            level = Math.min(level * Math.max(1, degree - 1), Long.MAX_VALUE / 64);
        }
        return ultrapeers * (1L + leavesPerUltrapeer);
    }

    /** The smallest TTL from 1 to {@code maxTtl} whose horizon reaches {@code wanted} hosts, else {@code maxTtl}. */
    static int ttlFor(long wanted, int degree, int maxTtl, int leavesPerUltrapeer) {
        for (int ttl = 1; ttl < maxTtl; ttl++) {
            if (hosts(degree, ttl, leavesPerUltrapeer) >= wanted) {
                return ttl;
            }
        }
        return maxTtl;
    }

    /** The degree an ultrapeer announced with X-Degree, else {@link #DEFAULT_DEGREE}. */
    static int degreeOf(java.util.Optional<String> header) {
        try {
            return header.map(v -> Integer.parseInt(v.trim())).filter(d -> d >= 1 && d <= 1000).orElse(DEFAULT_DEGREE);
        } catch (NumberFormatException e) {
            return DEFAULT_DEGREE;
        }
    }
}
