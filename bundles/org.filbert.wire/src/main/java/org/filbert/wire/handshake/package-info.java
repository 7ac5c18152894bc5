/**
 * Gnutella 0.6 handshake header blocks: a request or status line, CRLF-terminated headers and a
 * blank line. Includes an incremental parser that can be fed bytes as they arrive, with limits on
 * line length, header count and block size, and the encoder.
 */
@Export
@Version("1.0.0")
package org.filbert.wire.handshake;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
