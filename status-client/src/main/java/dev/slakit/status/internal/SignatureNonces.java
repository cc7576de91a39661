package dev.slakit.status.internal;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code SignatureNonce} values for one client, in the official SDK's UUID text form
 * ({@code xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx}, lower-case hex).
 *
 * <p>A nonce must never repeat for an AccessKey within the service's replay window (a reused one gets
 * {@code SignatureNonceUsed}); it need not be secret or unpredictable, since the signature, not the nonce,
 * authenticates the request. So instead of {@code UUID.randomUUID()} (a {@link SecureRandom} draw per call,
 * the slowest part of signing) each nonce is 64 random bits drawn once per client from {@link SecureRandom},
 * followed by a 64-bit counter that starts at a random value: nonces of one client never repeat (the
 * counter would have to wrap), and two clients (or processes) collide only if their 64-bit prefixes do.
 * Thread-safe.
 */
final class SignatureNonces {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private final long prefix;
    private final AtomicLong counter;

    SignatureNonces() {
        SecureRandom random = new SecureRandom();
        this.prefix = random.nextLong();
        this.counter = new AtomicLong(random.nextLong());
    }

    /** @return a nonce this instance never returned before */
    String next() {
        long low = counter.getAndIncrement();
        char[] out = new char[36];
        hex(prefix >>> 32, 8, out, 0);
        out[8] = '-';
        hex(prefix >>> 16, 4, out, 9);
        out[13] = '-';
        hex(prefix, 4, out, 14);
        out[18] = '-';
        hex(low >>> 48, 4, out, 19);
        out[23] = '-';
        hex(low, 12, out, 24);
        return new String(out);
    }

    /** Writes the low {@code digits} hex digits of {@code value} at {@code offset}. */
    private static void hex(long value, int digits, char[] out, int offset) {
        for (int i = digits - 1; i >= 0; i--) {
            out[offset + i] = HEX[(int) (value & 0xF)];
            value >>>= 4;
        }
    }
}
