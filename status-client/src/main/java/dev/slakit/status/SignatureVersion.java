package dev.slakit.status;

/**
 * How a {@link StatusClient} signs its requests. Chosen with
 * {@link StatusClientBuilder#signatureVersion(SignatureVersion)}; without a choice, {@code ListEvents} is signed
 * with {@link #V1} and {@code ListEventInProgress} with {@link #V3}, as the official SDKs send each action.
 * Thread-safe (an enum).
 */
public enum SignatureVersion {

    /**
     * The RPC signature 1.0 ({@code SignatureMethod=HMAC-SHA1}): every parameter, the signature and the
     * AccessKey id in the query, the action's own parameters in the query ({@code ListEvents}) or the form
     * body ({@code ListEventInProgress}); the STS token as the {@code SecurityToken} parameter.
     */
    V1,

    /**
     * Signature V3 ({@code ACS3-HMAC-SHA256}): the action and version in {@code x-acs-action} and
     * {@code x-acs-version}, the time in {@code x-acs-date}, a nonce in {@code x-acs-signature-nonce}, the
     * body's SHA-256 in {@code x-acs-content-sha256}, the STS token in {@code x-acs-security-token}, and the
     * signature in the {@code Authorization} header.
     */
    V3
}
