package org.filbert.wire.vendor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.filbert.wire.VendorCode;
import org.filbert.wire.WireException;
import org.filbert.wire.WireLimits;
import org.filbert.wire.internal.PayloadReader;
import org.filbert.wire.internal.PayloadWriter;

/**
 * Messages-Supported (vendor 0, selector 0, version 0): count (LE u16), then per message vendor (4),
 * selector (LE u16), version (LE u16). Immutable record, thread-safe.
 */
public record MessagesSupported(List<VendorKey> messages) implements VendorPayload {
    public static final VendorKey KEY = VendorKey.of(VendorCode.NONE, 0, 0);

    public MessagesSupported {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
        if (messages.size() > 0xFFFF) {
            throw new IllegalArgumentException("too many entries");
        }
    }

    static MessagesSupported decode(VendorKey key, byte[] body, WireLimits limits) throws WireException {
        PayloadReader in = new PayloadReader(body);
        int count = in.u16le();
        List<VendorKey> messages = new ArrayList<>(Math.min(count, in.remaining() / 8));
        for (int i = 0; i < count; i++) {
            messages.add(VendorKey.of(VendorCode.of(in.bytes(4)), in.u16le(), in.u16le()));
        }
        return new MessagesSupported(messages);
    }

    public boolean supports(VendorCode vendor, int selector) {
        return messages.stream().anyMatch(m -> m.vendor().equals(vendor) && m.selector() == selector);
    }

    @Override
    public VendorKey key() {
        return KEY;
    }

    @Override
    public byte[] encodeBody() {
        PayloadWriter out = new PayloadWriter(2 + 8 * messages.size()).u16le(messages.size());
        for (VendorKey m : messages) {
            out.bytes(m.vendor().bytes()).u16le(m.selector()).u16le(m.version());
        }
        return out.toByteArray();
    }
}
