package org.filbert.wire.ggep;

/**
 * One item of a query or hit-result extension area: a GGEP block, a HUGE URN, or other legacy text.
 * Implementations are immutable records, thread-safe.
 */
public sealed interface ExtensionItem permits GgepBlock, Urn, OpaqueExtension {
    /** The item's wire bytes, without separators. */
    byte[] toBytes();
}
