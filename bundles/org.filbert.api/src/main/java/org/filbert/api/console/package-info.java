/**
 * The node console's wire protocol on 127.0.0.1, spoken by {@code ./filbert exec},
 * {@code ./filbert shell} and the interactive launcher: framed UTF-8 text, a token
 * first, then one command per request.
 */
@Export
@Version("1.0.0")
package org.filbert.api.console;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
