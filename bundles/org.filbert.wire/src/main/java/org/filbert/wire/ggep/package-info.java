/**
 * GGEP 0.5 blocks (extension flags, 1-3 byte lengths, COBS, capped zlib inflation, vlint integers,
 * the {@code H} hash extension, hosts packed as in {@code IPP}, {@code PUSH} and {@code ALT}) and
 * the mixed extension areas of queries and hit results, where HUGE {@code urn:sha1:}/
 * {@code urn:bitprint:} text and other legacy text sit next to GGEP blocks, separated by 0x1C.
 */
@Export
@Version("1.1.0")
package org.filbert.wire.ggep;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
