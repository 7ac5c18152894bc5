package org.filbert.search.impl;

import java.util.Optional;

import org.filbert.api.transfer.FileSource;

/**
 * One result of a query hit as a search takes it: the file as that servent names it, its
 * SHA-1 if the hit carried one (GGEP {@code H} or HUGE), and the servent as a source.
 * Immutable.
 */
record HitEntry(String name, long size, Optional<String> sha1, FileSource source) {
}
