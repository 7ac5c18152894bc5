package org.filbert.shell.impl;

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
 * Says so while the library is not running. Thread-safe.
 */
@Component(service = LibraryCommand.class, property = {
        "osgi.command.scope=" + CommandHelp.SCOPE, "osgi.command.function=library",
        CommandHelp.USAGE + "=library [files]",
        CommandHelp.SUMMARY + "=Shared folders, files, bytes and hashing progress; 'files' lists every shared file."})
public final class LibraryCommand {

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Library library;

    public Object library(String... args) {
        Library l = library;
        if (l == null) {
            throw new IllegalStateException("the library is not running");
        }
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
                .put("folders", s.folders().isEmpty() ? "none (share one with --share DIR)" : s.folders().toString())
                .put("files", s.files())
                .put("bytes", s.bytes())
                .put("hashed", s.hashed() + " of " + s.files())
                .put("last scan", s.lastScan().map(Object::toString).orElse("not yet"))
                .build();
    }
}
