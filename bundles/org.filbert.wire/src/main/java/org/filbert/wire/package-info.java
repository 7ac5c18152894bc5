/**
 * The Gnutella 0.6 message model and codec: the 23-byte {@link org.filbert.wire.Header}, immutable
 * message records under the sealed {@link org.filbert.wire.Message} interface, and the
 * {@link org.filbert.wire.Messages} encode/decode entry points working on Netty {@code ByteBuf}s.
 * Decoders copy payload bytes out of the buffer and reject bad input only with
 * {@link org.filbert.wire.WireException}.
 */
@Export
@Version("1.1.0")
package org.filbert.wire;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
