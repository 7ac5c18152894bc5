package org.filbert.library.impl;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the files to share under a folder, recursively: regular files only, never hidden
 * ones (a name starting with a dot, or hidden by the file system) nor those inside hidden
 * folders, never partial downloads ({@code .part}, {@code .tmp}, {@code .crdownload},
 * {@code .!ut}, {@code .download}), at most a given number. Unreadable entries are
 * skipped. Stateless.
 */
final class FolderScan {

    private static final List<String> PARTIAL = List.of(".part", ".tmp", ".crdownload", ".!ut", ".download");

    /** A file found: where, how big, when last changed. */
    record Found(Path path, long size, long modified) {
    }

    private FolderScan() {
    }

    static List<Found> scan(Path folder, int max) throws IOException {
        List<Found> found = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && !partial(file)) {
                    found.add(found(file, attrs));
                }
                return found.size() >= max ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    /** One file as a scan finds it (its link itself, when it is a link, as a scan sees it). */
    static Found found(Path file) throws IOException {
        return found(file, Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
    }

    private static Found found(Path file, BasicFileAttributes attrs) {
        return new Found(file, attrs.size(), attrs.lastModifiedTime().toMillis());
    }

    private static boolean hidden(Path p) {
        try {
            return p.getFileName().toString().startsWith(".") || Files.isHidden(p);
        } catch (IOException e) {
            return true;
        }
    }

    private static boolean partial(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return PARTIAL.stream().anyMatch(name::endsWith);
    }
}
