package org.filbert.transfer.impl.upload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.filbert.library.api.Library;
import org.filbert.library.api.Sha1;

/**
 * A real {@link Library} over files a test shares one by one (indexes from 1), hashed or not:
 * what the upload server may read, and nothing else. Thread-safe.
 */
final class FolderLibrary implements Library {

    private final List<SharedFile> files = new CopyOnWriteArrayList<>();

    /** Shares a file, hashed. */
    SharedFile shareFile(Path file) throws IOException {
        return add(file, Optional.of(sha1(Files.readAllBytes(file))));
    }

    /** Shares a file the library has not hashed yet. */
    SharedFile shareUnhashed(Path file) throws IOException {
        return add(file, Optional.empty());
    }

    private SharedFile add(Path file, Optional<String> sha1) throws IOException {
        SharedFile shared = new SharedFile(files.size() + 1, file, Files.size(file), sha1);
        files.add(shared);
        return shared;
    }

    /** A file that arrives is shared with the SHA-1 it comes with, wherever it is. */
    @Override
    public void arrived(Path file, String sha1) {
        try {
            add(file, Optional.of(sha1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Folders are not what this library shares: files are, one by one. */
    @Override
    public void share(Path folder) {
        throw new IllegalArgumentException("this test library shares files one by one (shareFile)");
    }

    @Override
    public void unshare(Path folder) {
        throw new IllegalArgumentException("this test library shares files one by one (shareFile)");
    }

    static String sha1(byte[] content) {
        MessageDigest sha1 = Sha1.digest();
        sha1.update(content);
        return Sha1.base32(sha1);
    }

    @Override
    public Summary summary() {
        return new Summary(List.of(), files.size(), (int) files.stream().filter(f -> f.sha1().isPresent()).count(),
                files.stream().mapToLong(SharedFile::size).sum(), Optional.empty());
    }

    @Override
    public List<SharedFile> files() {
        return List.copyOf(files);
    }

    @Override
    public Optional<SharedFile> bySha1(String sha1) {
        return files.stream().filter(f -> f.sha1().filter(sha1::equals).isPresent()).findFirst();
    }

    @Override
    public Optional<SharedFile> byIndex(long index) {
        return files.stream().filter(f -> f.index() == index).findFirst();
    }
}
