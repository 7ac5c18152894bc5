package org.filbert.search.api;

/**
 * One result entry of a hit, as a {@link ResultFilter} judges it: the search it answers and
 * what one servent said of one file.
 *
 * @param text the search's text
 * @param options the search's options
 * @param name the file name the servent gave
 * @param size the file size it gave
 * @param sha1 the file's SHA-1 in base32
 * @param vendor the servent's vendor code ({@code LIME}, {@code GTKG}...), empty when its hit had no trailer
 */
public record Candidate(String text, SearchOptions options, String name, long size, String sha1, String vendor) {
}
