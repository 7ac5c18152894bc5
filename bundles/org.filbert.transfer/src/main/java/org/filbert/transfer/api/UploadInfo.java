package org.filbert.transfer.api;

/**
 * One upload as user interfaces see it.
 *
 * @param id its number
 * @param peer the downloader's address ({@code ip:port})
 * @param agent its User-Agent
 * @param name the file's name
 * @param start first byte of the range being sent
 * @param end last byte of that range (inclusive)
 * @param sent bytes of that range sent so far
 * @param queuePosition 0 while sending, its place (1 = next) while queued
 * @param bytesPerSecond recent rate
 */
public record UploadInfo(int id, String peer, String agent, String name, long start, long end, long sent, int queuePosition,
        long bytesPerSecond) {
}
