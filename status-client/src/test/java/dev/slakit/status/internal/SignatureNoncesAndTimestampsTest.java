package dev.slakit.status.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SignatureNoncesAndTimestampsTest {

    private static final String UUID_TEXT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void noncesOfOneClientNeverRepeatAcrossThreadsAndLookLikeTheOfficialUuids() throws Exception {
        SignatureNonces nonces = new SignatureNonces();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            pool.execute(() -> {
                for (int i = 0; i < 5_000; i++) {
                    seen.add(nonces.next());
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).hasSize(20_000).allMatch(n -> n.matches(UUID_TEXT));
    }

    @Test
    void twoClientsDrawDifferentPrefixes() {
        Set<String> prefixes = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            prefixes.add(new SignatureNonces().next().substring(0, 18));
        }
        assertThat(prefixes).hasSize(20);
    }

    @Test
    void consecutiveNoncesDifferOnlyInTheCounter() {
        SignatureNonces nonces = new SignatureNonces();
        String a = nonces.next();
        String b = nonces.next();
        assertThat(a).isNotEqualTo(b);
        assertThat(a.substring(0, 18)).isEqualTo(b.substring(0, 18));
    }

    @Test
    void theTimestampCacheGivesTheFormattersTextAndChangesWithTheSecond() {
        WireFormat.TimestampCache cache = new WireFormat.TimestampCache();
        Instant t = Instant.parse("2026-11-22T05:06:58.100Z");
        String first = cache.format(t);
        assertThat(first).isEqualTo("2026-11-22T05:06:58Z").isEqualTo(WireFormat.timestamp(t));
        assertThat(cache.format(t.plusMillis(850))).as("same second, same text").isSameAs(first);
        assertThat(cache.format(t.plusMillis(900))).isEqualTo("2026-11-22T05:06:59Z");
        assertThat(cache.format(t.minusSeconds(3600))).isEqualTo("2026-11-22T04:06:58Z");
        for (long s = 0; s < 200_000; s += 7_919) {
            Instant i = Instant.ofEpochSecond(1_700_000_000L + s, 999_000_000L);
            assertThat(cache.format(i)).isEqualTo(WireFormat.timestamp(i));
        }
    }
}
