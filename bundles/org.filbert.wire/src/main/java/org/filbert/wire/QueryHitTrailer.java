package org.filbert.wire;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.filbert.wire.ggep.GgepBlock;
import org.filbert.wire.internal.Checks;
import org.filbert.wire.internal.PayloadWriter;

/**
 * The query hit trailer between the results and the servent GUID: vendor code (4), open data
 * (length byte + data: two flag bytes, then for LimeWire the XML size as LE u16), the private area
 * (bytes before the GGEP block, the GGEP block found by its 0xC3 magic when the GGEP flag is set,
 * bytes after it) and the XML area at the end. Immutable record (arrays copied), thread-safe.
 */
public record QueryHitTrailer(VendorCode vendor, byte[] openData, byte[] privatePrefix, GgepBlock ggep,
        byte[] privateSuffix, byte[] xml) {

    public QueryHitTrailer {
        Objects.requireNonNull(vendor, "vendor");
        openData = Checks.copy(openData, "openData");
        privatePrefix = Checks.copy(privatePrefix, "privatePrefix");
        Objects.requireNonNull(ggep, "ggep");
        privateSuffix = Checks.copy(privateSuffix, "privateSuffix");
        xml = Checks.copy(xml, "xml");
        if (openData.length > 0xFF) {
            throw new IllegalArgumentException("open data longer than 255 bytes");
        }
        int xmlSize = openData.length >= 4 ? (openData[2] & 0xFF) | (openData[3] & 0xFF) << 8 : 0;
        if (xml.length != xmlSize) {
            throw new IllegalArgumentException("xml length " + xml.length + " differs from open data " + xmlSize);
        }
        boolean ggepFlag = openData.length >= 2
                && new HitFlags(openData[0] & 0xFF, openData[1] & 0xFF).ggep() == FlagValue.YES;
        if (!ggep.isEmpty() && !ggepFlag) {
            throw new IllegalArgumentException("a GGEP block needs the GGEP flag in the open data");
        }
        if (ggepFlag && indexOfMagic(privatePrefix) >= 0) {
            throw new IllegalArgumentException("private bytes before the GGEP block must not hold 0xC3");
        }
        if (ggep.isEmpty() && privateSuffix.length > 0) {
            throw new IllegalArgumentException("private suffix without a GGEP block");
        }
    }

    /**
     * The usual trailer: the two flag bytes, and with a non-empty XML area the LimeWire 4-byte open
     * data with the XML size; {@code ggep} is the whole private area.
     */
    public static QueryHitTrailer of(VendorCode vendor, HitFlags flags, GgepBlock ggep, byte[] xml) {
        byte[] openData = xml.length == 0
                ? new byte[] {(byte) flags.first(), (byte) flags.second()}
                : new byte[] {(byte) flags.first(), (byte) flags.second(), (byte) xml.length,
                        (byte) (Checks.u16(xml.length, "xml length") >>> 8)};
        return new QueryHitTrailer(vendor, openData, new byte[0], ggep, new byte[0], xml);
    }

    static int indexOfMagic(byte[] data) {
        for (int i = 0; i < data.length; i++) {
            if ((data[i] & 0xFF) == GgepBlock.MAGIC) {
                return i;
            }
        }
        return -1;
    }

    /** The flag bytes, when the open data has at least two bytes. */
    public Optional<HitFlags> flags() {
        return openData.length >= 2
                ? Optional.of(new HitFlags(openData[0] & 0xFF, openData[1] & 0xFF))
                : Optional.empty();
    }

    @Override
    public byte[] openData() {
        return openData.clone();
    }

    @Override
    public byte[] privatePrefix() {
        return privatePrefix.clone();
    }

    @Override
    public byte[] privateSuffix() {
        return privateSuffix.clone();
    }

    @Override
    public byte[] xml() {
        return xml.clone();
    }

    /** The wire bytes of the trailer within a hit. */
    byte[] toBytes() {
        byte[] ggepBytes = ggep.toBytes();
        return new PayloadWriter(5 + openData.length + privatePrefix.length + ggepBytes.length
                + privateSuffix.length + xml.length)
                .s32be(vendor.code()).u8(openData.length).bytes(openData).bytes(privatePrefix)
                .bytes(ggepBytes).bytes(privateSuffix).bytes(xml)
                .toByteArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof QueryHitTrailer t && vendor.equals(t.vendor) && Arrays.equals(openData, t.openData)
                && Arrays.equals(privatePrefix, t.privatePrefix) && ggep.equals(t.ggep)
                && Arrays.equals(privateSuffix, t.privateSuffix) && Arrays.equals(xml, t.xml);
    }

    @Override
    public int hashCode() {
        return Objects.hash(vendor, Arrays.hashCode(openData), Arrays.hashCode(privatePrefix), ggep,
                Arrays.hashCode(privateSuffix), Arrays.hashCode(xml));
    }

    @Override
    public String toString() {
        return "QueryHitTrailer[" + vendor + ", openData=" + Arrays.toString(openData) + ", ggep=" + ggep
                + ", private=" + privatePrefix.length + "+" + privateSuffix.length + " bytes, xml=" + xml.length
                + " bytes]";
    }
}
