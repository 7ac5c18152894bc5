package org.filbert.shell.impl;

import java.time.Duration;

/** Formats durations for people: {@code 2d 3h 4m 5s}, leading zero units left out. Stateless. */
final class Durations {

    private Durations() {
    }

    static String format(Duration d) {
        long s = Math.max(0, d.getSeconds());
        long days = s / 86_400;
        long hours = s / 3600 % 24;
        long minutes = s / 60 % 60;
        long seconds = s % 60;
        StringBuilder b = new StringBuilder();
        if (days > 0) {
            b.append(days).append("d ");
        }
        if (days > 0 || hours > 0) {
            b.append(hours).append("h ");
        }
        if (days > 0 || hours > 0 || minutes > 0) {
            b.append(minutes).append("m ");
        }
        return b.append(seconds).append('s').toString();
    }
}
