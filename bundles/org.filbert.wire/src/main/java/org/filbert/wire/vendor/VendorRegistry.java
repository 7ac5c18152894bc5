package org.filbert.wire.vendor;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.filbert.wire.DropReason;
import org.filbert.wire.VendorCode;
import org.filbert.wire.VendorMessage;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;

/**
 * Maps (vendor, selector, version) to a decoder for the body; unknown keys decode to
 * {@link OpaqueVendorPayload}. Immutable once built, thread-safe.
 */
public final class VendorRegistry {
    private static final VendorRegistry STANDARD = builder()
            .register(MessagesSupported.KEY, MessagesSupported::decode)
            .register(VendorKey.of(VendorCode.NONE, Capabilities.SELECTOR, 0), Capabilities::decode)
            .register(VendorKey.of(VendorCode.NONE, Capabilities.SELECTOR, 1), Capabilities::decode)
            .register(HopsFlow.KEY, HopsFlow::decode)
            .register(TcpConnectBack.KEY, TcpConnectBack::decode)
            .register(TcpConnectBackRedirect.KEY, TcpConnectBackRedirect::decode)
            .register(QueryStatusRequest.KEY, QueryStatusRequest::decode)
            .register(QueryStatusResponse.KEY, QueryStatusResponse::decode)
            .registerVersions(VendorKey.LIME, OobReplyAck.SELECTOR, 1, 3, OobReplyAck::decode)
            .registerVersions(VendorKey.LIME, OobReplyNumber.SELECTOR, 1, 3, OobReplyNumber::decode)
            .register(OobProxyVeto.KEY, OobProxyVeto::decode)
            .registerVersions(VendorKey.LIME, PushProxyRequest.SELECTOR, 1, 2, PushProxyRequest::decode)
            .registerVersions(VendorKey.LIME, PushProxyAck.SELECTOR, 1, 2, PushProxyAck::decode)
            .registerVersions(VendorKey.GTKG, UdpConnectBack.SELECTOR, 1, 2, UdpConnectBack::decode)
            .build();

    private final Map<VendorKey, VendorPayloadDecoder> decoders;

    private VendorRegistry(Map<VendorKey, VendorPayloadDecoder> decoders) {
        this.decoders = Map.copyOf(decoders);
    }

    /** The registry with every payload type of this package. */
    public static VendorRegistry standard() {
        return STANDARD;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this registry's entries. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.decoders.putAll(decoders);
        return builder;
    }

    public boolean knows(VendorKey key) {
        return decoders.containsKey(key);
    }

    /**
     * The typed payload of a vendor message; a body too short or otherwise not matching its layout is
     * rejected with {@link DropReason#BAD_VENDOR_PAYLOAD}.
     */
    public VendorPayload decode(VendorMessage message, WireLimits limits) throws WireException {
        VendorKey key = VendorKey.of(message.vendor(), message.selector(), message.version());
        VendorPayloadDecoder decoder = decoders.get(key);
        if (decoder == null) {
            return new OpaqueVendorPayload(key, message.body());
        }
        try {
            return decoder.decode(key, message.body(), limits);
        } catch (WireException e) {
            throw new WireException(DropReason.BAD_VENDOR_PAYLOAD, key + ": " + e.getMessage(), e);
        }
    }

    /** Collects decoders. Mutable, not thread-safe. */
    public static final class Builder {
        private final Map<VendorKey, VendorPayloadDecoder> decoders = new HashMap<>();

        private Builder() {
        }

        public Builder register(VendorKey key, VendorPayloadDecoder decoder) {
            decoders.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(decoder, "decoder"));
            return this;
        }

        /** Registers one decoder for versions {@code from} to {@code to} inclusive. */
        public Builder registerVersions(VendorCode vendor, int selector, int from, int to,
                VendorPayloadDecoder decoder) {
            for (int version = from; version <= to; version++) {
                register(VendorKey.of(vendor, selector, version), decoder);
            }
            return this;
        }

        public VendorRegistry build() {
            return new VendorRegistry(decoders);
        }
    }
}
