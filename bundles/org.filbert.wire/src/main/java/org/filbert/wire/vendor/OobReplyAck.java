package org.filbert.wire.vendor;

import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.ggep.GgepCodec;
import org.filbert.wire.ggep.GgepExtension;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;
import org.filbert.wire.internal.TrailingGgep;

/**
 * LIME/11 OOB reply ack (v1-v3): the number of hits the querier wants (1 byte); from v3 a GGEP block
 * follows with the {@code SO} security token. Immutable record, thread-safe.
 */
public record OobReplyAck(int version, int wanted, GgepBlock ggep) implements VendorPayload {
    public static final int SELECTOR = 11;
    public static final String SECURITY_TOKEN_ID = "SO";

    public OobReplyAck {
        Checks.range(version, 1, 3, "version");
        Checks.u8(wanted, "wanted");
        Objects.requireNonNull(ggep, "ggep");
        if (version < 3 && !ggep.isEmpty()) {
            throw new IllegalArgumentException("GGEP needs version 3");
        }
    }

    static OobReplyAck decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(body);
        int wanted = in.u8();
        GgepBlock ggep = key.version() >= 3 ? TrailingGgep.read(in, limits) : GgepBlock.EMPTY;
        return new OobReplyAck(key.version(), wanted, ggep);
    }

    public Optional<byte[]> securityToken() {
        return ggep.get(SECURITY_TOKEN_ID).map(GgepExtension::data);
    }

    @Override
    public VendorKey key() {
        return VendorKey.of(VendorKey.LIME, SELECTOR, version);
    }

    @Override
    public byte[] encodeBody() {
        return new PayloadWriter().u8(wanted).bytes(GgepCodec.encode(ggep)).toByteArray();
    }
}
