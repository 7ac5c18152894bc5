/**
 * What shell commands return and how they describe themselves. Commands are plain
 * services with {@code osgi.command.scope=filbert} and {@code osgi.command.function};
 * they add {@link org.filbert.api.shell.CommandHelp} properties for {@code help} and
 * return {@link org.filbert.api.shell.Report}s, which the shell formats in one place.
 * A wrong argument is an {@link IllegalArgumentException} whose message is one line
 * saying what is accepted.
 */
@Export
@Version("1.1.0")
package org.filbert.api.shell;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
