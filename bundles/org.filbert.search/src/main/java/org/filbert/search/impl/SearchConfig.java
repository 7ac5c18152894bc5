package org.filbert.search.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the searches (PID {@code org.filbert.search}). */
@ObjectClassDefinition(name = "Filbert search", description = "The user's searches: how many, how much of what peers send is kept, and the spam filters.")
public @interface SearchConfig {

    @AttributeDefinition(name = "Running searches", description = "Most searches taking hits at once; starting one more stops the oldest running one.", min = "1")
    int maxRunning() default 32;

    @AttributeDefinition(name = "Stopped searches kept", description = "Stopped searches whose results stay readable; beyond, the oldest is forgotten.", min = "0")
    int keepStopped() default 20;

    @AttributeDefinition(name = "Results per search", description = "Most files (distinct SHA-1s) one search keeps; later ones are counted, not kept.", min = "1")
    int maxResults() default 500;

    @AttributeDefinition(name = "Sources per result", description = "Most sources kept for one file of a search.", min = "1")
    int maxSourcesPerResult() default 50;

    @AttributeDefinition(name = "Push proxies per source", description = "Most push proxies read from a hit (GGEP PUSH).", min = "0", max = "16")
    int maxPushProxies() default 4;

    @AttributeDefinition(name = "Filter reasons per search", description = "Most distinct reasons counted per search; later ones are counted as 'other'.", min = "1")
    int maxFilterReasons() default 16;

    @AttributeDefinition(name = "Query TTL", description = "TTL of our queries (each peer's X-Max-TTL and dynamic querying may lower it).", min = "1", max = "7")
    int queryTtl() default 3;

    @AttributeDefinition(name = "Echo filter", description = "Drop files named only with the query's words (spam that echoes the query).")
    boolean echoFilter() default true;

    @AttributeDefinition(name = "Disguised executable filter", description = "Drop executables (.exe, .scr, .pif, .com, .bat, .vbs, .lnk, .cmd) named like media (song.mp3.exe) or found by an audio or video search.")
    boolean disguisedExecutableFilter() default true;

    @AttributeDefinition(name = "Same-size spam", description = "Different files of exactly one size from one vendor in one search after which that size is spam and dropped (0: off).", min = "0")
    int sameSizeFiles() default 5;
}
