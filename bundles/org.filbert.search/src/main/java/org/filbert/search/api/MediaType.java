package org.filbert.search.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of file a search can ask for, each known by the extensions of its file names
 * ({@code ANY}: every file). Immutable enum, thread-safe.
 */
public enum MediaType {
    AUDIO("mp3 ogg oga opus flac wav wma m4a aac ape mpc aif aiff mid midi mka"),
    VIDEO("avi mpg mpeg mp4 m4v mkv mov wmv flv webm ogv 3gp vob divx asf rm rmvb ts"),
    IMAGE("jpg jpeg png gif bmp tif tiff webp svg psd ico heic"),
    DOCUMENT("txt pdf doc docx odt rtf htm html xls xlsx ods ppt pptx odp epub djvu ps tex md csv chm"),
    ARCHIVE("zip rar 7z gz tgz bz2 xz tar iso lzh arj cab"),
    PROGRAM("exe msi dmg deb rpm apk jar bin sh com bat cmd pkg appimage"),
    ANY("");

    private final Set<String> extensions;

    MediaType(String extensions) {
        this.extensions = Arrays.stream(extensions.split(" ")).filter(e -> !e.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** The name users type: {@code audio}, {@code video}... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The extensions (lower case, without the dot) of this kind's files; empty for {@code ANY}. */
    public Set<String> extensions() {
        return extensions;
    }

    /** Whether a file name is of this kind (by its last extension, in any case); always for {@code ANY}. */
    public boolean matches(String fileName) {
        return this == ANY || extensions.contains(extensionOf(fileName));
    }

    /** The last extension of a file name, lower case without the dot; empty when there is none. */
    public static String extensionOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 || dot == fileName.length() - 1 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /**
     * The kind with this label, in any case.
     *
     * @throws IllegalArgumentException naming the accepted labels
     */
    public static MediaType parse(String label) {
        for (MediaType type : values()) {
            if (type.label().equalsIgnoreCase(label)) {
                return type;
            }
        }
        throw new IllegalArgumentException("type must be one of " + Arrays.stream(values()).map(MediaType::label)
                .collect(Collectors.joining(", ")) + ", not '" + label + "'");
    }
}
