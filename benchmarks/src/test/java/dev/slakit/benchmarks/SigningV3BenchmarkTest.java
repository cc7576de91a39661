package dev.slakit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The V3 benchmark compares like with like: slakit and openapiutil produce the same Authorization header. */
class SigningV3BenchmarkTest {

    @Test
    void slakitAndOpenapiutilSignTheSame() throws Exception {
        SigningV3Benchmark benchmark = new SigningV3Benchmark();
        String slakit = benchmark.slakit();
        assertThat(slakit).startsWith("ACS3-HMAC-SHA256 Credential=" + SigningV3Benchmark.ACCESS_KEY_ID
                + ",SignedHeaders=content-type;host;x-acs-action;x-acs-date;x-acs-signature-nonce;x-acs-version,"
                + "Signature=");
        assertThat(benchmark.openapiutil()).isEqualTo(slakit);
    }
}
