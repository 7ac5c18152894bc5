package org.filbert.search.impl;

import java.util.Optional;

import org.filbert.search.api.Candidate;
import org.filbert.search.api.MediaType;
import org.filbert.search.api.ResultFilter;
import org.filbert.search.api.SearchOptions;

/** Keeps what the search's options ask for: sizes within the bounds, files of the kind asked for. Stateless, thread-safe. */
final class OptionsFilter implements ResultFilter {

    @Override
    public Optional<String> reject(Candidate c) {
        SearchOptions o = c.options();
        if (c.size() < o.minSize()) {
            return Optional.of("too small");
        }
        if (c.size() > o.maxSize()) {
            return Optional.of("too large");
        }
        if (!o.type().matches(c.name())) {
            return Optional.of("not " + o.type().label());
        }
        return Optional.empty();
    }

    /** Whether the file name is of a media kind (audio, video, image). */
    static boolean media(String name) {
        return MediaType.AUDIO.matches(name) || MediaType.VIDEO.matches(name) || MediaType.IMAGE.matches(name);
    }
}
