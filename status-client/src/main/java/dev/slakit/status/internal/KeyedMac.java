package dev.slakit.status.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One {@link Mac}, re-keyed only when the secret changes: {@code Mac.getInstance} and {@code init} cost more
 * than the HMAC itself for a short string to sign. {@code doFinal} resets the Mac to its key, so reuse is safe.
 * Not thread-safe: keep one per thread ({@link ThreadLocal}).
 */
final class KeyedMac {

    private final Mac mac;
    private final String keySuffix;
    private String secret;

    /**
     * @param algorithm the JCA name, such as {@code HmacSHA256}; every Java platform has HmacSHA1 and HmacSHA256
     * @param keySuffix appended to the secret to form the key ({@code "&"} for Signature V1, empty for V3)
     */
    KeyedMac(String algorithm, String keySuffix) {
        try {
            this.mac = Mac.getInstance(algorithm);
        } catch (GeneralSecurityException e) {
            // HmacSHA1 and HmacSHA256 are required of every Java platform; this cannot happen on a conforming JVM.
            throw new IllegalStateException(algorithm + " is not available", e);
        }
        this.keySuffix = keySuffix;
    }

    /**
     * @param accessKeySecret the AccessKey secret, not null
     * @param data the text to sign, encoded as UTF-8
     * @return the raw MAC
     */
    byte[] sign(String accessKeySecret, String data) {
        if (!accessKeySecret.equals(secret)) {
            try {
                mac.init(new SecretKeySpec((accessKeySecret + keySuffix).getBytes(StandardCharsets.UTF_8),
                        mac.getAlgorithm()));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // An empty key is the only way here; keep the secret out of the message.
                throw new IllegalArgumentException("accessKeySecret cannot key " + mac.getAlgorithm()
                        + " (it must not be empty)", e);
            }
            secret = accessKeySecret;
        }
        return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
    }
}
