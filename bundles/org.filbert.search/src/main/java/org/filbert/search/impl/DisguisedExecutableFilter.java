package org.filbert.search.impl;

import java.util.Optional;
import java.util.Set;

import org.filbert.search.api.Candidate;
import org.filbert.search.api.MediaType;
import org.filbert.search.api.ResultFilter;

/**
 * Executables posing as media, a classic carrier of malware: a {@code .exe}, {@code .scr},
 * {@code .pif}, {@code .com}, {@code .bat}, {@code .vbs}, {@code .lnk} or {@code .cmd}
 * whose name carries a media extension before it ({@code song.mp3.exe}), or that answers a
 * search for audio or video. Stateless, thread-safe.
 */
final class DisguisedExecutableFilter implements ResultFilter {

    static final String REASON = "executable posing as media";
    static final Set<String> EXECUTABLES = Set.of("exe", "scr", "pif", "com", "bat", "vbs", "lnk", "cmd");

    @Override
    public Optional<String> reject(Candidate c) {
        String extension = MediaType.extensionOf(c.name());
        if (!EXECUTABLES.contains(extension)) {
            return Optional.empty();
        }
        String inner = c.name().substring(0, c.name().length() - extension.length() - 1);
        MediaType asked = c.options().type();
        return OptionsFilter.media(inner) || asked == MediaType.AUDIO || asked == MediaType.VIDEO
                ? Optional.of(REASON) : Optional.empty();
    }
}
