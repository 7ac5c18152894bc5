package org.filbert.shell.impl;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.filbert.api.shell.CommandHelp;
import org.filbert.api.shell.Report;
import org.filbert.api.shell.Table;
import org.filbert.library.api.Library;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code filbert:library [files]}: the shared folders, how many files and bytes, how far
 * hashing has come; with {@code files}, every shared file with its index, size and SHA-1.
 * {@code share DIR} and {@code unshare DIR} change the shared folders (kept across restarts).
 * Say so while the library is not running. Thread-safe.
 */
@Component(service = LibraryCommands.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE,
        "osgi.command.function=library", "osgi.command.function=share", "osgi.command.function=unshare",
        CommandHelp.USAGE + "=library [files]", CommandHelp.USAGE + "=share DIR", CommandHelp.USAGE + "=unshare DIR",
        CommandHelp.SUMMARY + "=Shared folders, files, bytes and hashing progress; 'files' lists every shared file.",
        CommandHelp.SUMMARY + "=Share a folder with its subfolders, from now on and after restarts; rescans at once.",
        CommandHelp.SUMMARY + "=Stop sharing a folder (a --share one too), from now on and after restarts."})
public final class LibraryCommands {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Library library;

    private Library running() {
        Library l = library;
        if (l == null) {
            throw new IllegalStateException("the library is not running");
        }
        return l;
    }

    public Object library(String... args) {
        Library l = running();
        if (args.length == 1 && args[0].equals("files")) {
            return new Table(List.of("INDEX", "SIZE", "SHA1", "PATH"), l.files().stream()
                    .map(f -> List.of(Long.toString(f.index()), Long.toString(f.size()), f.sha1().orElse("(hashing)"),
                            f.path().toString()))
                    .toList());
        }
        if (args.length != 0) {
            throw new IllegalArgumentException("usage: library [files]");
        }
        Library.Summary s = l.summary();
        return Report.builder()
                .put("folders", s.folders().isEmpty() ? "none (share one with share DIR or --share DIR)" : s.folders().toString())
                .put("files", s.files())
                .put("bytes", s.bytes())
                .put("hashed", s.hashed() + " of " + s.files())
                .put("last scan", s.lastScan().map(Object::toString).orElse("not yet"))
                .build();
    }

    public Report share(String... args) {
        Path folder = folder(args, "share DIR");
        running().share(folder);
        return Report.builder().put("shared", folder).put("folders", running().summary().folders().toString()).build();
    }

    public Report unshare(String... args) {
        Path folder = folder(args, "unshare DIR");
        running().unshare(folder);
        return Report.builder().put("unshared", folder).put("folders", running().summary().folders().toString()).build();
    }

    /** The one argument as an absolute folder path. */
    static Path folder(String[] args, String usage) {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: " + usage);
        }
        try {
            return Path.of(args[0]).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a path: " + args[0]);
        }
    }
}
